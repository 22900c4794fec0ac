import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import"./chunk-RCHILBSJ.js";var l={error:"error",warning:"warning",info:"notice"},a=e=>{let n=e.files.flatMap(r=>r.findings.filter(t=>!t.suppressed).map(c));return n.length?`${n.join(`
`)}
`:""};function c(e){let{start:n,end:r}=e.range,t=n.line===r.line,o=[["file",e.file],["line",n.line],...t?[["col",n.column]]:[],["endLine",r.line],...t?[["endColumn",r.column]]:[],["title",e.ruleId]].map(([s,p])=>`${s}=${g(String(p))}`).join(",");return`::${l[e.severity]} ${o}::${i(e.message)}`}function i(e){return e.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function g(e){return i(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}export{i as escapeData,g as escapeProperty,a as github};
