import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
var r=class{constructor(n){this.text=n;for(let t=n.indexOf(`
`);t!==-1;t=n.indexOf(`
`,t+1))this.starts.push(t+1)}text;starts=[0];position(n){let t=Math.max(0,Math.min(n,this.text.length)),e=0,s=this.starts.length-1;for(;e<s;){let i=e+s+1>>1;this.starts[i]<=t?e=i:s=i-1}return{line:e+1,column:t-this.starts[e]+1}}lineStarts(){return this.starts}range(n,t){return{start:this.position(n),end:this.position(t)}}restOfLine(n){let t=this.text.indexOf(`
`,n);return t===-1&&(t=this.text.length),t>n&&this.text[t-1]==="\r"&&(t-=1),this.range(n,Math.max(t,n))}},o={start:{line:1,column:1},end:{line:1,column:1}};export{r as a,o as b};
