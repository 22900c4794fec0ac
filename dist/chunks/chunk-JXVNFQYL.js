import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
function r(e){return`/${e.replace(/~/g,"~0").replace(/\//g,"~1")}`}function t(e){return e==null?"an empty value":Array.isArray(e)?"a list":typeof e=="object"?"a mapping":typeof e=="string"?`the string ${JSON.stringify(e)}`:`the ${typeof e=="bigint"?"number":typeof e} ${String(e)}`}export{r as a,t as b};
