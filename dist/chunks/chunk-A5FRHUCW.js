import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
var a=class{constructor(n){this.text=n;for(let t=n.indexOf(`
`);t!==-1;t=n.indexOf(`
`,t+1))this.starts.push(t+1)}text;starts=[0];position(n){return l(this.starts,this.text.length,n)}lineStarts(){return this.starts}range(n,t){return{start:this.position(n),end:this.position(t)}}restOfLine(n){let t=this.text.indexOf(`
`,n);return t===-1&&(t=this.text.length),t>n&&this.text[t-1]==="\r"&&(t-=1),this.range(n,Math.max(t,n))}};function l(i,n,t){let o=Math.max(0,Math.min(t,n)),e=0,r=i.length-1;for(;e<r;){let s=e+r+1>>1;i[s]<=o?e=s:r=s-1}return{line:e+1,column:o-i[e]+1}}var h={start:{line:1,column:1},end:{line:1,column:1}};export{a,l as b,h as c};
