import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import"./chunk-RCHILBSJ.js";var m=function*(n){let s=new Map(n.rules.map(r=>[r.id,r.description]));yield`{
  "files": [`;let e=!0;for(let r of n.files)yield`${e?"":","}
    ${t(c(r,s),2)}`,e=!1;yield e?"]":`
  ]`;let{files:i,requests:o,errors:l,warnings:u,infos:p,suppressed:d}=n.summary;yield`,
  "summary": ${t({files:i,requests:o,errors:l,warnings:u,infos:p,suppressed:d},1)}`,yield`,
  "accounts": ${t(n.accounts,1)}
}
`};function c(n,s){return{file:n.file,requests:n.requests,findings:n.findings.map(e=>({ruleId:e.ruleId,severity:e.severity,message:e.message,line:e.range.start.line,column:e.range.start.column,endLine:e.range.end.line,endColumn:e.range.end.column,pointer:e.pointer??null,document:e.document??null,description:s.get(e.ruleId)??null,docs:e.docs??null,suggestions:e.suggestions??[],...e.fix?{fix:e.fix}:{},...e.suppressed?{suppressed:e.suppressed}:{}}))}}function t(n,s){return JSON.stringify(n,null,2).replaceAll(`
`,`
${"  ".repeat(s)}`)}export{m as json};
