import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
function t(r,n){return`${r} ${n}${r===1?"":"s"}`}export{t as a};
