import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  package_default
} from "./chunk-HJCEFN4A.js";
import {
  ConfigSyntaxError,
  keyOf,
  readConfigText
} from "./chunk-AZU6UJ5O.js";
import {
  require_picomatch
} from "./chunk-5AGVFYPG.js";
import {
  describe,
  pointerOf
} from "./chunk-7LRMOCJE.js";
import {
  FILE_START,
  LineIndex
} from "./chunk-OQR5B7IZ.js";
import {
  __toESM
} from "./chunk-6SQFYNWU.js";

// src/engine/config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/generated/validate-config.js
var validateConfig = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/vaultlint-config.schema.json", title: "vaultlint configuration (.vaultlint.yaml)", type: "object", additionalProperties: !1, definitions: { severity: { type: "string", enum: ["off", "info", "warning", "error"], description: "How a rule's findings are reported; off turns the rule off." }, globs: { type: "array", items: { type: "string", minLength: 1 } } }, properties: { include: { $ref: "#/definitions/globs", description: "Globs of request files, relative to this file's folder. Replaces the defaults." }, exclude: { $ref: "#/definitions/globs", description: "Globs of files never to lint, even when named on the command line." }, rules: { type: "object", description: "Per rule id: a severity, or [severity, options].", additionalProperties: { anyOf: [{ $ref: "#/definitions/severity" }, { type: "array", minItems: 1, maxItems: 2, items: [{ $ref: "#/definitions/severity" }, { type: "object" }] }] } }, mandatory: { type: "array", items: { type: "string" }, description: "Rule ids that inline suppressions cannot silence." }, plugins: { type: "array", items: { type: "string", minLength: 1 }, description: "Paths of the team's own rule modules (ES modules), relative to this file's folder." }, regions: { type: "object", additionalProperties: !1, description: "Extends the bundled region list.", properties: { supported: { type: "array", items: { type: "string" }, description: "Regions to treat as served by Cloud Backup." }, decommissioned: { type: "array", items: { type: "string" }, description: "Regions to treat as decommissioned." } } }, accounts: { type: "object", description: "Named accounts: which request files belong to each, its vault quota, and what exists there already.", additionalProperties: { type: "object", additionalProperties: !1, required: ["files"], properties: { files: { $ref: "#/definitions/globs", description: "Globs of the request files that belong to this account." }, quota: { type: "integer", minimum: 0, default: 100, description: "How many vaults the account may hold." }, existing: { description: "How many vaults exist there already, beyond those the inventory lists: one count, or a count per region (for scope: region).", anyOf: [{ type: "integer", minimum: 0 }, { type: "object", propertyNames: { minLength: 1 }, additionalProperties: { type: "integer", minimum: 0 } }] }, inventory: { type: "string", minLength: 1, description: "A JSON file of DescribeVaults response bodies (one body or an array of pages), relative to this file's folder. Its vaults count as existing; a request for a vault it lists does not count again." }, scope: { type: "string", enum: ["account", "region"], default: "account", description: "Whether the quota counts the whole account (account) or each region apart (region). Which one the service applies is unconfirmed." }, warnAt: { type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.9, description: "Share of the quota (0 to 1) from which one warning is given per account (and region, with scope: region)." } } } }, submit: { type: "object", additionalProperties: !1, properties: { endpoint: { type: "string", minLength: 1, description: "Endpoint override, e.g. a VPC endpoint or http://127.0.0.1:PORT." }, timeout: { type: "integer", minimum: 1, default: 600, description: "Seconds to wait for each vault to become CREATED." }, branches: { type: "array", items: { type: "string" }, description: "Branches the GitHub Action may submit from; default: the repository's default branch." } } } } };
var schema14 = { type: "string", enum: ["off", "info", "warning", "error"], description: "How a rule's findings are reported; off turns the rule off." }, func2 = ((s) => {
  let n = 0;
  for (let _ of s) n++;
  return n;
});
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "include" || key0 === "exclude" || key0 === "rules" || key0 === "mandatory" || key0 === "plugins" || key0 === "regions" || key0 === "accounts" || key0 === "submit")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.include !== void 0) {
      let data0 = data.include;
      if (Array.isArray(data0)) {
        let len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 == "string") {
            if (func2(data1) < 1) {
              let err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          } else {
            let err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
          }
        }
      } else {
        let err3 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        let len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 == "string") {
            if (func2(data3) < 1) {
              let err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
          } else {
            let err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        }
      } else {
        let err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4))
        for (let key1 in data4) {
          let data5 = data4[key1], _errs16 = errors, valid8 = !1, _errs17 = errors;
          if (typeof data5 != "string") {
            let err7 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
          if (!(data5 === "off" || data5 === "info" || data5 === "warning" || data5 === "error")) {
            let err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
          var _valid0 = _errs17 === errors;
          if (valid8 = valid8 || _valid0, !valid8) {
            let _errs20 = errors;
            if (Array.isArray(data5)) {
              if (data5.length > 2) {
                let err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
              if (data5.length < 1) {
                let err10 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
              let len2 = data5.length;
              if (len2 > 0) {
                let data6 = data5[0];
                if (typeof data6 != "string") {
                  let err11 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                }
                if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
                  let err12 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                  vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                }
              }
              if (len2 > 1) {
                let data7 = data5[1];
                if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                  let err13 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
            } else {
              let err14 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            var _valid0 = _errs20 === errors;
            valid8 = valid8 || _valid0;
          }
          if (valid8)
            errors = _errs16, vErrors !== null && (_errs16 ? vErrors.length = _errs16 : vErrors = null);
          else {
            let err15 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
      else {
        let err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.mandatory !== void 0) {
      let data8 = data.mandatory;
      if (Array.isArray(data8)) {
        let len3 = data8.length;
        for (let i2 = 0; i2 < len3; i2++)
          if (typeof data8[i2] != "string") {
            let err17 = { instancePath: instancePath + "/mandatory/" + i2, schemaPath: "#/properties/mandatory/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
      } else {
        let err18 = { instancePath: instancePath + "/mandatory", schemaPath: "#/properties/mandatory/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data10 = data.plugins;
      if (Array.isArray(data10)) {
        let len4 = data10.length;
        for (let i3 = 0; i3 < len4; i3++) {
          let data11 = data10[i3];
          if (typeof data11 == "string") {
            if (func2(data11) < 1) {
              let err19 = { instancePath: instancePath + "/plugins/" + i3, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
          } else {
            let err20 = { instancePath: instancePath + "/plugins/" + i3, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
      } else {
        let err21 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.regions !== void 0) {
      let data12 = data.regions;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (let key2 in data12)
          if (!(key2 === "supported" || key2 === "decommissioned")) {
            let err22 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data12.supported !== void 0) {
          let data13 = data12.supported;
          if (Array.isArray(data13)) {
            let len5 = data13.length;
            for (let i4 = 0; i4 < len5; i4++)
              if (typeof data13[i4] != "string") {
                let err23 = { instancePath: instancePath + "/regions/supported/" + i4, schemaPath: "#/properties/regions/properties/supported/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
          } else {
            let err24 = { instancePath: instancePath + "/regions/supported", schemaPath: "#/properties/regions/properties/supported/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data12.decommissioned !== void 0) {
          let data15 = data12.decommissioned;
          if (Array.isArray(data15)) {
            let len6 = data15.length;
            for (let i5 = 0; i5 < len6; i5++)
              if (typeof data15[i5] != "string") {
                let err25 = { instancePath: instancePath + "/regions/decommissioned/" + i5, schemaPath: "#/properties/regions/properties/decommissioned/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
          } else {
            let err26 = { instancePath: instancePath + "/regions/decommissioned", schemaPath: "#/properties/regions/properties/decommissioned/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data17 = data.accounts;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17))
        for (let key3 in data17) {
          let data18 = data17[key3];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.files === void 0) {
              let err28 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            for (let key4 in data18)
              if (!(key4 === "files" || key4 === "quota" || key4 === "existing" || key4 === "inventory" || key4 === "scope" || key4 === "warnAt")) {
                let err29 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            if (data18.files !== void 0) {
              let data19 = data18.files;
              if (Array.isArray(data19)) {
                let len7 = data19.length;
                for (let i6 = 0; i6 < len7; i6++) {
                  let data20 = data19[i6];
                  if (typeof data20 == "string") {
                    if (func2(data20) < 1) {
                      let err30 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i6, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  } else {
                    let err31 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i6, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                }
              } else {
                let err32 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data18.quota !== void 0) {
              let data21 = data18.quota;
              if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21))) {
                let err33 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota", schemaPath: "#/properties/accounts/additionalProperties/properties/quota/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
              if (typeof data21 == "number" && (data21 < 0 || isNaN(data21))) {
                let err34 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota", schemaPath: "#/properties/accounts/additionalProperties/properties/quota/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data18.existing !== void 0) {
              let data22 = data18.existing, _errs60 = errors, valid26 = !1, _errs61 = errors;
              if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22))) {
                let err35 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              if (typeof data22 == "number" && (data22 < 0 || isNaN(data22))) {
                let err36 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
              var _valid1 = _errs61 === errors;
              if (valid26 = valid26 || _valid1, !valid26) {
                let _errs63 = errors;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  for (let key5 in data22) {
                    let _errs65 = errors;
                    if (typeof key5 == "string" && func2(key5) < 1) {
                      let err37 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key5 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                    var valid27 = _errs65 === errors;
                    if (!valid27) {
                      let err38 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                  }
                  for (let key6 in data22) {
                    let data23 = data22[key6];
                    if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23))) {
                      let err39 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                    if (typeof data23 == "number" && (data23 < 0 || isNaN(data23))) {
                      let err40 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                  }
                } else {
                  let err41 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                var _valid1 = _errs63 === errors;
                valid26 = valid26 || _valid1;
              }
              if (valid26)
                errors = _errs60, vErrors !== null && (_errs60 ? vErrors.length = _errs60 : vErrors = null);
              else {
                let err42 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data18.inventory !== void 0) {
              let data24 = data18.inventory;
              if (typeof data24 == "string") {
                if (func2(data24) < 1) {
                  let err43 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/inventory", schemaPath: "#/properties/accounts/additionalProperties/properties/inventory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              } else {
                let err44 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/inventory", schemaPath: "#/properties/accounts/additionalProperties/properties/inventory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            }
            if (data18.scope !== void 0) {
              let data25 = data18.scope;
              if (typeof data25 != "string") {
                let err45 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scope", schemaPath: "#/properties/accounts/additionalProperties/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
              if (!(data25 === "account" || data25 === "region")) {
                let err46 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scope", schemaPath: "#/properties/accounts/additionalProperties/properties/scope/enum", keyword: "enum", params: { allowedValues: schema11.properties.accounts.additionalProperties.properties.scope.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data18.warnAt !== void 0) {
              let data26 = data18.warnAt;
              if (typeof data26 == "number") {
                if (data26 > 1 || isNaN(data26)) {
                  let err47 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (data26 <= 0 || isNaN(data26)) {
                  let err48 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
              } else {
                let err49 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
          } else {
            let err50 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
      else {
        let err51 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.submit !== void 0) {
      let data27 = data.submit;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (let key7 in data27)
          if (!(key7 === "endpoint" || key7 === "timeout" || key7 === "branches")) {
            let err52 = { instancePath: instancePath + "/submit", schemaPath: "#/properties/submit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data27.endpoint !== void 0) {
          let data28 = data27.endpoint;
          if (typeof data28 == "string") {
            if (func2(data28) < 1) {
              let err53 = { instancePath: instancePath + "/submit/endpoint", schemaPath: "#/properties/submit/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
          } else {
            let err54 = { instancePath: instancePath + "/submit/endpoint", schemaPath: "#/properties/submit/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        }
        if (data27.timeout !== void 0) {
          let data29 = data27.timeout;
          if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29))) {
            let err55 = { instancePath: instancePath + "/submit/timeout", schemaPath: "#/properties/submit/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
          if (typeof data29 == "number" && (data29 < 1 || isNaN(data29))) {
            let err56 = { instancePath: instancePath + "/submit/timeout", schemaPath: "#/properties/submit/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
        }
        if (data27.branches !== void 0) {
          let data30 = data27.branches;
          if (Array.isArray(data30)) {
            let len8 = data30.length;
            for (let i7 = 0; i7 < len8; i7++)
              if (typeof data30[i7] != "string") {
                let err57 = { instancePath: instancePath + "/submit/branches/" + i7, schemaPath: "#/properties/submit/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
          } else {
            let err58 = { instancePath: instancePath + "/submit/branches", schemaPath: "#/properties/submit/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
      } else {
        let err59 = { instancePath: instancePath + "/submit", schemaPath: "#/properties/submit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
  } else {
    let err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/engine/suggest.ts
function distance(a, b, limit = 8) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
    }
    previous = current;
  }
  return previous[b.length];
}
function nearest(input, known) {
  let folded = input.toLowerCase().replace(/[-_\s]/g, ""), exact = known.find(
    (k) => k.toLowerCase().replace(/[-_\s]/g, "") === folded
  );
  if (exact) return exact;
  let best, bestScore = Number.POSITIVE_INFINITY;
  for (let candidate of known) {
    let score = distance(input.toLowerCase(), candidate.toLowerCase()), allowed = Math.max(2, Math.floor(candidate.length / 3));
    score <= allowed && score < bestScore && (best = candidate, bestScore = score);
  }
  return best || known.find(
    (k) => k.length >= 4 && input.toUpperCase().startsWith(k.toUpperCase())
  );
}

// src/engine/config.ts
var CONFIG_NAME = ".vaultlint.yaml", SEVERITIES = [
  "off",
  "info",
  "warning",
  "error"
], DEFAULT_INCLUDE = [
  "**/*.vault.yaml",
  "**/*.vault.yml",
  "**/*.vault.json",
  "**/vaults/**/*.yaml",
  "**/vaults/**/*.yml",
  "**/vaults/**/*.json"
], DEFAULT_QUOTA = 100, DEFAULT_WARN_AT = 0.9, ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(file ? `${file}:${line ?? 1}:${column ?? 1}: ${message}` : message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
};
function defaultConfig(dir) {
  return {
    dir,
    given: /* @__PURE__ */ new Set(),
    include: DEFAULT_INCLUDE,
    exclude: [],
    rules: {},
    mandatory: [],
    plugins: [],
    accounts: [],
    regions: { supported: [], decommissioned: [] },
    submit: { timeout: 600 }
  };
}
var ConfigResolver = class {
  constructor(cwd, explicit) {
    this.cwd = cwd;
    this.explicit = explicit;
  }
  cwd;
  explicit;
  byDir = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  forDir(dir) {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    let config = this.byDir.get(dir);
    if (!config) {
      let candidate = join(dir, CONFIG_NAME), parent = dirname(dir);
      config = existsSync(candidate) ? this.load(candidate) : parent === dir ? Promise.resolve(defaultConfig(this.cwd)) : this.forDir(parent), this.byDir.set(dir, config);
    }
    return config;
  }
  forFile(file) {
    return this.forDir(dirname(file));
  }
  load(path) {
    let config = this.byPath.get(path);
    return config || (config = loadConfig(
      path,
      relative(this.cwd, path).split("\\").join("/") || path
    ), this.byPath.set(path, config)), config;
  }
};
async function loadConfig(path, shown = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `Cannot read the config file (${error.code}).`,
      shown
    );
  }
  let positions, parsed;
  try {
    ({ data: parsed, positions } = await readConfigText(text, package_default.version));
  } catch (error) {
    throw error instanceof ConfigSyntaxError ? new ConfigError(error.message, shown, error.line, error.column) : error;
  }
  let locate2 = (keyPath, keyNode = !1) => {
    for (let end = keyPath.length; end >= 0; end--) {
      let at = positions[keyOf(keyPath.slice(0, end))];
      if (!at) continue;
      let [line, column] = keyNode && end === keyPath.length && at.key ? at.key : at.value;
      return { line, column, shown };
    }
    return { line: 1, column: 1, shown };
  }, fault = (keyPath, message, keyNode = !1) => {
    let { line, column } = locate2(keyPath, keyNode);
    throw new ConfigError(message, shown, line, column);
  }, data = parsed ?? {};
  if (isPlainObject(data) && isPlainObject(data.rules) && checkRuleSettings(data.rules, fault), !validateConfig(data)) {
    let error = pickError(validateConfig.errors ?? []), keyPath = fromPointer(error.instancePath), extra = error.keyword === "additionalProperties" ? String(error.params.additionalProperty) : void 0;
    fault(
      extra ? [...keyPath, extra] : keyPath,
      configMessage(error, keyPath, extra),
      !!extra
    );
  }
  return resolveConfig(data, dirname(path), path, locate2);
}
function resolveConfig(data, dir, path, locate2) {
  let config = defaultConfig(dir);
  config.path = path, config.given = new Set(Object.keys(data)), Array.isArray(data.include) && (config.include = data.include), Array.isArray(data.exclude) && (config.exclude = data.exclude), Array.isArray(data.mandatory) && (config.mandatory = data.mandatory), Array.isArray(data.plugins) && (config.plugins = data.plugins.map((p) => resolve(dir, p)));
  let regions = data.regions ?? {};
  config.regions = {
    supported: regions.supported ?? [],
    decommissioned: regions.decommissioned ?? []
  }, config.submit = { timeout: 600, ...data.submit ?? {} };
  for (let [id, value] of Object.entries(
    data.rules ?? {}
  ))
    config.rules[id] = Array.isArray(value) ? {
      severity: value[0],
      options: value[1]
    } : { severity: value };
  for (let [name, raw] of Object.entries(
    data.accounts ?? {}
  )) {
    let existing = raw.existing, perRegion = typeof existing == "object" && existing !== null;
    config.accounts.push({
      name,
      files: raw.files,
      quota: raw.quota ?? DEFAULT_QUOTA,
      existing: perRegion ? Object.values(existing).reduce((sum, n) => sum + n, 0) : existing ?? void 0,
      ...perRegion ? { existingIn: { ...existing } } : {},
      inventory: typeof raw.inventory == "string" ? resolve(dir, raw.inventory) : void 0,
      scope: raw.scope ?? "account",
      warnAt: raw.warnAt ?? DEFAULT_WARN_AT
    });
  }
  return configLocations.set(config, locate2), config;
}
var configLocations = /* @__PURE__ */ new WeakMap();
function configFault(config, keyPath, message, keyNode = !1) {
  let locate2 = configLocations.get(config);
  if (!locate2) throw new ConfigError(message);
  let { line, column, shown } = locate2(keyPath, keyNode);
  throw new ConfigError(message, shown, line, column);
}
var FIXED_CHECKS = "the engine's own checks are always errors, except the suppression checks";
function checkRuleIds(config, known, fixed = /* @__PURE__ */ new Set()) {
  let ids = new Set(known), hint = (id) => {
    let guess = nearest(id, known);
    return guess ? `; did you mean "${guess}"?` : ".";
  };
  for (let id of Object.keys(config.rules))
    ids.has(id) || configFault(
      config,
      ["rules", id],
      `Unknown rule "${id}" in rules${hint(id)}`,
      !0
    ), fixed.has(id) && configFault(
      config,
      ["rules", id],
      `Unexpected check "${id}" in rules; ${FIXED_CHECKS}.`,
      !0
    );
  for (let [index, id] of config.mandatory.entries())
    ids.has(id) || configFault(
      config,
      ["mandatory", String(index)],
      `Unknown rule "${id}" in mandatory${hint(id)}`
    );
}
var optionsAjv, optionValidators = /* @__PURE__ */ new WeakMap();
async function checkRuleOptions(config, rule, options) {
  let at = ["rules", rule.id, "1"], validate = optionValidators.get(rule);
  if (!validate) {
    optionsAjv ??= createOptionsAjv();
    let schema = rule.optionsSchema ?? {
      type: "object",
      additionalProperties: !1
    };
    try {
      validate = (await optionsAjv).compile(schema);
    } catch (error2) {
      configFault(
        config,
        ["rules", rule.id],
        `Rule ${rule.id} has an invalid optionsSchema: ${error2.message}.`,
        !0
      );
    }
    optionValidators.set(rule, validate);
  }
  if (validate(options)) return;
  let error = pickError(validate.errors ?? []), keyPath = fromPointer(error.instancePath), where = keyPath.length ? `option ${keyPath.join(".")} of` : "options";
  if (error.keyword === "additionalProperties") {
    let extra = String(error.params.additionalProperty), schema = rule.optionsSchema, known = Object.keys(schema?.properties ?? {}), guess = nearest(extra, known), expected = guess ? `; did you mean "${guess}"?` : known.length ? `; expected ${known.join(", ")}.` : `; ${rule.id} takes no options.`;
    configFault(
      config,
      [...at, ...keyPath, extra],
      `Unexpected option "${extra}" for rule ${rule.id}${expected}`,
      !0
    );
  }
  error.keyword === "format" && error.params.format === "regex" && configFault(
    config,
    [...at, ...keyPath],
    `Unexpected pattern in ${where} rule ${rule.id}; it is not a valid regular expression.`
  ), configFault(
    config,
    [...at, ...keyPath],
    `Unexpected value for ${where} rule ${rule.id}: ${error.message ?? "invalid"}.`
  );
}
async function createOptionsAjv() {
  let module = await import("./ajv-5XZFOEXT.js"), Ajv = module.default.default ?? module.default, ajv = new Ajv({ allErrors: !0, strict: !1 });
  return ajv.addFormat("regex", { type: "string", validate: isPattern }), ajv;
}
function isPattern(source) {
  try {
    return new RegExp(`^(?:${source})$`, "u"), !0;
  } catch {
    return !1;
  }
}
function checkRuleSettings(rules, fault) {
  let expected = "expected off, info, warning or error, or [severity, options]";
  for (let [id, value] of Object.entries(rules)) {
    let list = Array.isArray(value), [severity, options, ...rest] = list ? value : [value], at = list ? ["rules", id, "0"] : ["rules", id];
    if (severity == null && fault(at, `Missing severity for rules.${id}; ${expected}.`, !list), !SEVERITIES.includes(severity)) {
      let shown = typeof severity == "string" ? `"${severity}"` : JSON.stringify(value), guess = typeof severity == "string" ? nearestWord(severity, SEVERITIES) : "";
      fault(
        at,
        `Unexpected severity ${shown} for rules.${id}; ${expected}${guess ? ` (did you mean "${guess}"?)` : ""}.`
      );
    }
    list && value.length > 1 && !isPlainObject(options) && fault(
      ["rules", id, "1"],
      `Unexpected options for rules.${id}; expected a mapping of option names to values.`
    ), rest.length > 0 && fault(
      ["rules", id, "2"],
      `Unexpected third item in rules.${id}; expected [severity, options].`
    );
  }
}
function nearestWord(input, known) {
  let lower = input.toLowerCase();
  return nearest(input, known) ?? (lower.length >= 3 ? known.find((k) => k.startsWith(lower)) : void 0) ?? "";
}
function pickError(errors) {
  let best = errors[0];
  for (let error of errors) {
    let depth = error.instancePath.split("/").length, bestDepth = best.instancePath.split("/").length, vague = (e) => e.keyword === "anyOf" || e.keyword === "oneOf";
    (depth > bestDepth || depth === bestDepth && vague(best) && !vague(error)) && (best = error);
  }
  return best;
}
function fromPointer(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function configMessage(error, path, extra) {
  let where = path.length ? path.join(".") : "the config";
  if (extra) {
    let known = knownKeys(path), guess = known ? nearest(extra, known) : void 0;
    return `Unexpected key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : "."}`;
  }
  if (error.keyword === "enum") {
    let allowed = error.params.allowedValues.map(String);
    return `Unexpected value for ${where}; expected ${allowed.join(" or ")}.`;
  }
  return error.keyword === "required" ? `Missing ${error.params.missingProperty} in ${where}.` : `Unexpected value for ${where}: ${error.message ?? "invalid"}.`;
}
function knownKeys(path) {
  if (path.length === 0)
    return [
      "include",
      "exclude",
      "rules",
      "mandatory",
      "plugins",
      "regions",
      "accounts",
      "submit"
    ];
  if (path[0] === "accounts" && path.length === 2)
    return ["files", "quota", "existing", "inventory", "scope", "warnAt"];
  if (path[0] === "submit") return ["endpoint", "timeout", "branches"];
  if (path[0] === "regions") return ["supported", "decommissioned"];
}

// src/engine/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve2, sep } from "node:path";
var UsageError = class extends Error {
}, ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"], GITIGNORE = "**/.gitignore";
async function discover(paths, cwd, configs) {
  let files = /* @__PURE__ */ new Set();
  for (let given of paths) {
    let absolute = resolve2(cwd, given);
    if (existsSync2(absolute)) {
      if (statSync(absolute).isDirectory()) {
        let found = await walk(absolute, configs);
        if (found.length === 0) {
          let { include } = await configs.forDir(absolute);
          throw new UsageError(
            `No request files found in "${given}" (looked for ${include.join(", ")}).`
          );
        }
        for (let file of found) files.add(file);
      } else isExcluded(absolute, await configs.forFile(absolute)) || files.add(absolute);
      continue;
    }
    let { globSync, isDynamicPattern } = await import("./dist-ZOYEK2ZI.js");
    if (!isDynamicPattern(given))
      throw new UsageError(`No such file or folder: "${given}".`);
    let matched = globSync(given, {
      cwd,
      absolute: !0,
      ignore: ALWAYS_IGNORED,
      dot: !1
    });
    if (matched.length === 0)
      throw new UsageError(`No files match the pattern "${given}".`);
    for (let file of matched)
      isExcluded(file, await configs.forFile(file)) || files.add(file);
  }
  return [...files].sort(
    (a, b) => relative2(cwd, a) < relative2(cwd, b) ? -1 : 1
  );
}
async function walk(dir, configs) {
  let config = await configs.forDir(dir), { globSync } = await import("./dist-ZOYEK2ZI.js"), base = dir.startsWith(config.dir + sep) || dir === config.dir ? config.dir : dir, prefix = relative2(base, dir).split(sep).join("/"), all = globSync([...config.include, GITIGNORE], {
    cwd: base,
    absolute: !0,
    ignore: [...ALWAYS_IGNORED, ...config.exclude],
    dot: !1
  }), isGitignore = (file) => file.endsWith(`${sep}.gitignore`), matched = all.filter((file) => !isGitignore(file)), gitignored = await gitignoreFilter(
    dir,
    all.filter((file) => isGitignore(file) && file.startsWith(dir + sep))
  ), found = [];
  for (let file of matched) {
    let inside = relative2(base, file).split(sep).join("/");
    prefix && !inside.startsWith(`${prefix}/`) || gitignored(file) || isExcluded(file, await configs.forFile(file)) || found.push(file);
  }
  return found;
}
function isExcluded(file, config) {
  if (config.exclude.length === 0) return !1;
  let matches = matcherFor(config.exclude), parts = relative2(config.dir, file).split(sep), first = parts.lastIndexOf("..") + 1;
  for (let end = parts.length; end > first; end--)
    if (matches(parts.slice(0, end).join("/"))) return !0;
  return !1;
}
var matchers = /* @__PURE__ */ new Map();
function matcherFor(globs) {
  let key = globs.join("\0"), matcher = matchers.get(key);
  return matcher || (matcher = (0, import_picomatch.default)(globs, { dot: !0 }), matchers.set(key, matcher)), matcher;
}
async function gitignoreFilter(dir, nestedFiles) {
  let { default: ignore } = await import("./ignore-YGQOVSR5.js"), layers = [];
  for (let at = dir; ; at = dirname2(at)) {
    let file = join2(at, ".gitignore");
    if (existsSync2(file) && layers.push({ dir: at, rules: ignore().add(readFileSync2(file, "utf8")) }), existsSync2(join2(at, ".git")) || dirname2(at) === at) break;
  }
  let nested = nestedFiles.filter((file) => dirname2(file) !== dir).map((file) => ({
    dir: dirname2(file),
    rules: ignore().add(readFileSync2(file, "utf8"))
  })), all = [...layers, ...nested];
  return (file) => all.some(({ dir: base, rules }) => {
    let path = relative2(base, file);
    return !path.startsWith("..") && path !== "" && rules.ignores(path.split(sep).join("/"));
  });
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}

// src/engine/lint.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";
import { pathToFileURL } from "node:url";

// rules/api.ts
var CREATE_VAULT_API = "https://www.alibabacloud.com/help/en/cloud-backup/developer-reference/api-hbr-2017-09-08-createvault";

// rules/account-vault-quota.ts
function quotaGroups(requests, account) {
  let seen = new Set(account.inventory), added = [];
  for (let request of requests) {
    if (request.account !== account.name) continue;
    let { VaultRegionId: region, VaultName: name } = request.params, key = `${region}/${name}`;
    if (region !== void 0 && name !== void 0) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    added.push(request);
  }
  if (account.scope === "account")
    return [{ existing: account.inventory.size + account.existing, added }];
  let regions = new Set(Object.keys(account.existingIn ?? {}));
  for (let key of account.inventory) regions.add(regionOf(key));
  for (let request of added)
    request.params.VaultRegionId !== void 0 && regions.add(request.params.VaultRegionId);
  return [...regions].sort().map((region) => ({
    region,
    existing: [...account.inventory].filter((key) => regionOf(key) === region).length + (account.existingIn ? account.existingIn[region] ?? 0 : account.existing),
    added: added.filter((r) => r.params.VaultRegionId === region)
  }));
}
function regionOf(key) {
  return key.slice(0, key.indexOf("/"));
}
var account_vault_quota_default = {
  id: "account-vault-quota",
  type: "problem",
  severity: "error",
  description: "Enforce the vault quota of each account, counting the vaults that exist already",
  api: CREATE_VAULT_API,
  tags: ["api", "quota"],
  defaultOptions: {},
  messages: {
    over: "Unexpected vault past the quota of account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}}.",
    near: "Vault quota nearly used in account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}} (warning from {{percent}}%)."
  },
  checkAll(requests, context, run) {
    for (let account of run.accounts.values())
      for (let group of quotaGroups(requests, account)) {
        let where = group.region ? `${account.name} in ${group.region}` : account.name, { existing, added } = group, { quota } = account, figures = (requested) => ({
          account: where,
          existing,
          requested,
          total: existing + requested,
          quota
        });
        if (existing + added.length <= quota) {
          let threshold = Math.ceil(account.warnAt * quota - 1e-9), first = added.findIndex(
            (_, i) => existing + i + 1 >= threshold
          );
          if (first === -1) continue;
          context.report({
            request: added[first],
            messageId: "near",
            severity: "warning",
            data: {
              ...figures(added.length),
              percent: Math.round(account.warnAt * 100)
            },
            pointer: ""
          });
          continue;
        }
        added.forEach((request, i) => {
          existing + i + 1 <= quota || context.report({
            request,
            messageId: "over",
            data: figures(i + 1),
            pointer: ""
          });
        });
      }
  }
};

// rules/lib/policy.ts
function matchesPattern(pattern, value) {
  return new RegExp(`^(?:${pattern})$`, "u").test(value);
}
function either(values) {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

// rules/allowed-regions.ts
var allowed_regions_default = {
  id: "allowed-regions",
  type: "suggestion",
  severity: "off",
  description: "Enforce the regions where the team keeps its vaults",
  tags: ["policy", "region"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      regions: {
        type: "array",
        items: { type: "string", minLength: 1 },
        uniqueItems: !0,
        default: [],
        examples: [["cn-shanghai", "cn-hangzhou"]],
        description: "Region IDs where vaults may be created, e.g. cn-shanghai; an empty list allows every region."
      }
    }
  },
  defaultOptions: { regions: [] },
  messages: {
    notAllowed: 'Unexpected VaultRegionId "{{region}}"; team policy allows {{allowed}}.'
  },
  check({ params }, context) {
    let { regions } = context.options, region = params.VaultRegionId;
    if (regions.length === 0 || region === void 0 || regions.includes(region)) return;
    let guess = nearest(region, regions);
    context.report({
      messageId: "notAllowed",
      data: { region, allowed: either(regions) },
      pointer: "/VaultRegionId",
      suggestions: guess ? [guess] : [...regions]
    });
  }
};

// rules/allowed-vault-types.ts
var API_TYPES = /* @__PURE__ */ new Set(["STANDARD", "OTS_BACKUP"]), allowed_vault_types_default = {
  id: "allowed-vault-types",
  type: "suggestion",
  severity: "off",
  description: "Enforce the vault types the team allows, stated explicitly",
  api: CREATE_VAULT_API,
  tags: ["policy"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      types: {
        type: "array",
        items: { type: "string", enum: ["STANDARD", "OTS_BACKUP"] },
        minItems: 1,
        uniqueItems: !0,
        default: ["STANDARD"],
        description: "The VaultType values allowed: STANDARD, OTS_BACKUP."
      }
    }
  },
  defaultOptions: { types: ["STANDARD"] },
  messages: {
    missing: "Missing VaultType; team policy allows {{allowed}}.",
    notAllowed: 'Unexpected VaultType "{{value}}"; team policy allows {{allowed}}.'
  },
  check({ params, raw }, context) {
    let { types } = context.options, value = params.VaultType, allowed = either(types);
    if (raw.VaultType === void 0 || raw.VaultType === null) {
      context.report({
        messageId: "missing",
        data: { allowed },
        pointer: "/VaultType",
        suggestions: [...types]
      });
      return;
    }
    value === void 0 || !API_TYPES.has(value) || types.includes(value) || context.report({
      messageId: "notAllowed",
      data: { value, allowed },
      pointer: "/VaultType",
      suggestions: [...types]
    });
  }
};

// rules/deprecated-storage-class.ts
var DEPRECATED = /* @__PURE__ */ new Set(["ARCHIVE", "COLD_ARCHIVE", "IA"]), deprecated_storage_class_default = {
  id: "deprecated-storage-class",
  type: "problem",
  severity: "warning",
  description: "Disallow the storage classes the API has deprecated",
  api: CREATE_VAULT_API,
  tags: ["api"],
  defaultOptions: {},
  messages: {
    deprecated: 'VaultStorageClass "{{value}}" is deprecated; use "STANDARD".'
  },
  check({ params }, context) {
    let value = params.VaultStorageClass;
    value === void 0 || !DEPRECATED.has(value) || context.report({
      messageId: "deprecated",
      data: { value },
      pointer: "/VaultStorageClass",
      suggestions: ["STANDARD"]
    });
  }
};

// rules/description-required.ts
var description_required_default = {
  id: "description-required",
  type: "suggestion",
  severity: "off",
  description: "Require a Description that says what the vault holds",
  tags: ["policy"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      minLength: {
        type: "integer",
        minimum: 1,
        maximum: 255,
        default: 1,
        examples: [10],
        description: "Fewest characters (code points) the trimmed Description may have."
      }
    }
  },
  defaultOptions: { minLength: 1 },
  messages: {
    missing: "Missing Description; team policy requires one.",
    empty: "Unexpected empty Description; team policy requires one.",
    short: 'Unexpected Description "{{value}}" of {{length}} characters; team policy requires at least {{min}}.'
  },
  check({ params, raw }, context) {
    let value = params.Description, min = context.options.minLength;
    if (raw.Description === void 0) {
      context.report({ messageId: "missing", pointer: "/Description" });
      return;
    }
    if (raw.Description !== null && value === void 0) return;
    let length = [...(value ?? "").trim()].length;
    if (length === 0) {
      context.report({ messageId: "empty", pointer: "/Description" });
      return;
    }
    length >= min || context.report({
      messageId: "short",
      data: { value: value ?? "", length, min },
      pointer: "/Description"
    });
  }
};

// rules/duplicate-vault-name.ts
var duplicate_vault_name_default = {
  id: "duplicate-vault-name",
  type: "problem",
  severity: "error",
  description: "Disallow two requests for the same vault name in one region",
  tags: ["api"],
  defaultOptions: {},
  messages: {
    duplicate: 'Unexpected second request for vault "{{name}}" in {{region}}; first requested in {{first}}.'
  },
  checkAll(requests, context) {
    let seen = /* @__PURE__ */ new Map();
    for (let request of requests) {
      let { VaultName: name, VaultRegionId: region } = request.params;
      if (name === void 0 || region === void 0) continue;
      let key = `${region}\0${name}`, first = seen.get(key);
      if (!first) {
        seen.set(key, request);
        continue;
      }
      context.report({
        request,
        messageId: "duplicate",
        data: {
          name,
          region,
          first: `${first.file} (document ${first.document})`
        },
        pointer: "/VaultName"
      });
    }
  }
};

// rules/kms-encryption-required.ts
var API_METHODS = /* @__PURE__ */ new Set(["KMS", "HBR_PRIVATE"]), kms_encryption_required_default = {
  id: "kms-encryption-required",
  type: "suggestion",
  severity: "off",
  description: "Require encryption with a customer KMS key, optionally from an allowed set of keys",
  api: CREATE_VAULT_API,
  tags: ["policy", "encryption"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      keys: {
        type: "array",
        items: { type: "string", minLength: 1, format: "regex" },
        default: [],
        examples: [["alias/prod-.*", "key-[a-z0-9]+"]],
        description: 'Regular expressions a KmsKeyId must match in full, e.g. "alias/prod-.*"; an empty list allows any key.'
      }
    }
  },
  defaultOptions: { keys: [] },
  messages: {
    missing: 'Missing EncryptType; team policy requires "KMS".',
    notKms: 'Unexpected EncryptType "{{value}}"; team policy requires "KMS".',
    keyNotAllowed: 'Unexpected KmsKeyId "{{value}}"; team policy allows keys matching {{patterns}}.'
  },
  check({ params, raw }, context) {
    let method = params.EncryptType, key = params.KmsKeyId, { keys } = context.options;
    if (raw.EncryptType === void 0 || raw.EncryptType === null) {
      context.report({
        messageId: "missing",
        pointer: "/EncryptType",
        suggestions: ["KMS"]
      });
      return;
    }
    if (!(method === void 0 || !API_METHODS.has(method))) {
      if (method !== "KMS") {
        context.report({
          messageId: "notKms",
          data: { value: method },
          pointer: "/EncryptType",
          suggestions: ["KMS"]
        });
        return;
      }
      key === void 0 || key.trim() === "" || keys.length === 0 || keys.some((pattern) => matchesPattern(pattern, key)) || context.report({
        messageId: "keyNotAllowed",
        data: { value: key, patterns: keys.map((k) => `"${k}"`).join(", ") },
        pointer: "/KmsKeyId"
      });
    }
  }
};

// rules/lib/kms-key.ts
var KEY_ID = /^key-[a-z0-9]+$/, UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, ALIAS_PREFIX = "alias/", RESERVED_ALIAS_PREFIX = "alias/acs/";
var ALIAS_CHARACTER = /^[A-Za-z0-9_/-]$/, ARN = /^acs:kms:([^:]*):([^:]*):(key|alias)\/(.*)$/s, REGION = /^[a-z]+(-[a-z0-9]+)+$/, ACCOUNT = /^[0-9]+$/;
function parseKmsKey(value) {
  let arn = ARN.exec(value);
  if (arn) {
    let [, region, account, kind, rest] = arn, resource = kind === "alias" ? `${ALIAS_PREFIX}${rest}` : rest;
    return { form: "arn", value, region, account, resource };
  }
  return value.startsWith(ALIAS_PREFIX) ? { form: "alias", value, name: value.slice(ALIAS_PREFIX.length) } : value.startsWith("key-") || UUID.test(value) ? { form: "key-id", value } : { form: "unknown", value };
}
function aliasProblem(name) {
  let characters = [...name];
  if (characters.length < 1 || characters.length > 255)
    return { kind: "length", length: characters.length };
  let bad = characters.find((c) => !ALIAS_CHARACTER.test(c));
  return bad === void 0 ? void 0 : { kind: "character", character: bad };
}
function isKeyId(value) {
  return KEY_ID.test(value) || UUID.test(value);
}
function isWellFormedArn(key) {
  return key.form !== "arn" || !REGION.test(key.region) || !ACCOUNT.test(key.account) ? !1 : key.resource.startsWith(ALIAS_PREFIX) ? aliasProblem(key.resource.slice(ALIAS_PREFIX.length)) === void 0 : isKeyId(key.resource);
}

// rules/lib/text.ts
var HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|[^\S ]/gu, NAMES = {
  9: "character tabulation",
  10: "line feed",
  11: "line tabulation",
  12: "form feed",
  13: "carriage return",
  32: "space",
  127: "delete",
  133: "next line",
  160: "no-break space",
  173: "soft hyphen",
  847: "combining grapheme joiner",
  1564: "arabic letter mark",
  4447: "hangul choseong filler",
  4448: "hangul jungseong filler",
  6158: "mongolian vowel separator",
  8192: "en quad",
  8193: "em quad",
  8194: "en space",
  8195: "em space",
  8199: "figure space",
  8200: "punctuation space",
  8201: "thin space",
  8202: "hair space",
  8203: "zero width space",
  8204: "zero width non-joiner",
  8205: "zero width joiner",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8232: "line separator",
  8233: "paragraph separator",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8239: "narrow no-break space",
  8287: "medium mathematical space",
  8288: "word joiner",
  8289: "function application",
  8290: "invisible times",
  8291: "invisible separator",
  8292: "invisible plus",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  12288: "ideographic space",
  12644: "hangul filler",
  65039: "variation selector-16",
  65279: "zero width no-break space",
  65440: "halfwidth hangul filler"
};
function codePoint(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function describeChar(char) {
  let name = NAMES[char.codePointAt(0) ?? 0];
  return name ? `${codePoint(char)} (${name})` : codePoint(char);
}
var MAX_QUOTE = 300;
function visible(text) {
  let chars = [...text];
  return (chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join("")}\u2026` : text).replace(HIDDEN, (char) => `<${codePoint(char)}>`);
}

// rules/kms-key-format.ts
var messages = {
  unknown: 'Unexpected KmsKeyId "{{value}}"; expected a key ID ("key-\u2026" or a UUID), an alias ("alias/\u2026") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
  keyId: 'Unexpected key ID "{{value}}" in KmsKeyId; expected "key-" followed by lower-case letters and digits, or a UUID.',
  aliasLength: 'Unexpected alias "{{value}}" in KmsKeyId with {{length}} characters after "alias/"; expected 1 to {{max}}.',
  aliasCharacter: 'Unexpected character {{character}} in the alias "{{value}}" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
  reservedAlias: 'Unexpected alias "{{value}}" in KmsKeyId; expected an alias of your own key, as names under "alias/acs/" are reserved for keys that Alibaba Cloud services manage.',
  arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected "acs:kms:<region>:<account>:key/<key-id>" or "acs:kms:<region>:<account>:alias/<name>".',
  whiteSpace: 'Unexpected white space around KmsKeyId "{{value}}"; expected "{{trimmed}}".'
}, kms_key_format_default = {
  id: "kms-key-format",
  type: "problem",
  severity: "error",
  description: "Enforce the form of KmsKeyId: a key ID, an alias or a key ARN",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages,
  check({ params }, context) {
    let value = params.KmsKeyId;
    if (value === void 0 || value.trim() === "") return;
    let problem = formProblem(value);
    problem && context.report({
      messageId: problem.messageId,
      data: { value: visible(value), ...problem.data },
      pointer: "/KmsKeyId",
      ...problem.suggestions ? { suggestions: problem.suggestions } : {}
    });
  }
};
function formProblem(value) {
  let trimmed = value.trim();
  if (trimmed !== value && !formProblem(trimmed))
    return {
      messageId: "whiteSpace",
      data: { trimmed },
      suggestions: [trimmed]
    };
  let key = parseKmsKey(value);
  switch (key.form) {
    case "key-id":
      return isKeyId(value) ? void 0 : keyIdProblem(value);
    case "alias":
      return aliasForm(value, key.name);
    case "arn":
      return key.resource.startsWith(RESERVED_ALIAS_PREFIX) ? { messageId: "reservedAlias" } : isWellFormedArn(key) ? void 0 : { messageId: "arn" };
    case "unknown": {
      let fixed = caseFix(value);
      return fixed ? { messageId: "unknown", suggestions: [fixed] } : { messageId: "unknown" };
    }
  }
}
function keyIdProblem(value) {
  let lower = value.toLowerCase();
  return isKeyId(lower) ? { messageId: "keyId", suggestions: [lower] } : { messageId: "keyId" };
}
function aliasForm(value, name) {
  if (value.startsWith(RESERVED_ALIAS_PREFIX))
    return { messageId: "reservedAlias" };
  let problem = aliasProblem(name);
  if (problem?.kind === "length")
    return {
      messageId: "aliasLength",
      data: { length: problem.length, max: 255 }
    };
  if (problem?.kind === "character")
    return { messageId: "aliasCharacter", data: { character: /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(problem.character) ? `"${problem.character}"` : describeChar(problem.character) } };
}
function caseFix(value) {
  if (/^key-/i.test(value) && isKeyId(value.toLowerCase()))
    return value.toLowerCase();
  if (/^alias\//i.test(value)) {
    let fixed = ALIAS_PREFIX + value.slice(ALIAS_PREFIX.length);
    return formProblem(fixed) ? void 0 : fixed;
  }
}

// rules/kms-key-region.ts
var kms_key_region_default = {
  id: "kms-key-region",
  type: "problem",
  severity: "error",
  description: "Require a key ARN in KmsKeyId to name the vault region",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption", "region"],
  defaultOptions: {},
  messages: {
    mismatch: 'Unexpected region "{{keyRegion}}" in the key ARN "{{value}}"; expected "{{vaultRegion}}", the VaultRegionId, as a KMS key serves only its own region.'
  },
  check({ params }, context) {
    let { KmsKeyId: value, VaultRegionId: vaultRegion } = params;
    if (value === void 0 || vaultRegion === void 0) return;
    let key = parseKmsKey(value);
    key.form !== "arn" || !isWellFormedArn(key) || key.region !== vaultRegion && context.report({
      messageId: "mismatch",
      data: { keyRegion: key.region, value, vaultRegion },
      pointer: "/KmsKeyId"
    });
  }
};

// rules/kms-key-required.ts
var kms_key_required_default = {
  id: "kms-key-required",
  type: "problem",
  severity: "error",
  description: "Require a KmsKeyId when EncryptType is KMS",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    missing: 'Missing KmsKeyId; EncryptType "KMS" needs the ID or alias of a KMS key.'
  },
  check({ params, raw }, context) {
    if (params.EncryptType !== "KMS" || params.KmsKeyId !== void 0 && params.KmsKeyId.trim() !== "") return;
    let given = raw.KmsKeyId;
    given != null && typeof given != "string" || context.report({ messageId: "missing", pointer: "/KmsKeyId" });
  }
};

// rules/no-credentials.ts
var CREDENTIAL_KEY = /^(ak|sk|token|password|passwd|pwd)$|access[-_]?key|secret|passw(or)?d|security[-_]?token|sts[-_]?token|private[-_]?key|credential/i, CREDENTIAL_VALUE = /\b(LTAI[A-Za-z0-9]{12,30}|STS\.[A-Za-z0-9]{20,})\b|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/, no_credentials_default = {
  id: "no-credentials",
  type: "problem",
  severity: "error",
  description: "Disallow access keys and other credentials in request files",
  tags: ["security"],
  defaultOptions: {},
  messages: {
    key: 'Unexpected credential in "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
    value: 'Unexpected access key in the value of "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.'
  },
  check({ raw }, context) {
    for (let [key, value] of Object.entries(raw)) {
      let pointer = `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      for (let found of credentialsIn([key], value)) {
        for (let secret of found.secrets) context.redact(secret);
        context.report({
          messageId: found.byKey ? "key" : "value",
          data: { key: found.path.join(".") },
          pointer
        });
      }
    }
  }
};
function credentialsIn(path, value) {
  let key = path[path.length - 1].replace(/\s/g, "");
  if (CREDENTIAL_KEY.test(key))
    return [{ path, secrets: leaves(value), byKey: !0 }];
  if (value !== null && typeof value == "object")
    return children(value).flatMap(([k, v]) => credentialsIn([...path, k], v));
  let match = typeof value == "string" ? CREDENTIAL_VALUE.exec(value) : null;
  return match ? [{ path, secrets: [match[0]], byKey: !1 }] : [];
}
function children(value) {
  return Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
}
function leaves(value) {
  return value !== null && typeof value == "object" ? children(value).flatMap(([, v]) => leaves(v)) : typeof value == "string" || typeof value == "number" ? [String(value)] : [];
}

// rules/no-ignored-kms-key.ts
var no_ignored_kms_key_default = {
  id: "no-ignored-kms-key",
  type: "problem",
  severity: "warning",
  description: "Disallow a KmsKeyId when EncryptType is not KMS, as the service ignores it",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    withoutEncryptType: 'Unexpected KmsKeyId "{{value}}" without EncryptType; expected EncryptType "KMS", as the service ignores the key otherwise.',
    otherEncryptType: 'Unexpected KmsKeyId "{{value}}" with EncryptType "{{encryptType}}"; expected EncryptType "KMS", as the service ignores the key otherwise.'
  },
  check({ params, raw }, context) {
    let { KmsKeyId: value, EncryptType: encryptType } = params;
    value === void 0 || value.trim() === "" || encryptType !== "KMS" && (raw.EncryptType !== void 0 && encryptType !== "HBR_PRIVATE" || context.report({
      messageId: encryptType === void 0 ? "withoutEncryptType" : "otherEncryptType",
      data: { value: visible(value), encryptType: encryptType ?? "" },
      pointer: "/KmsKeyId",
      suggestions: ['Use EncryptType "KMS"', "Remove KmsKeyId"]
    }));
  }
};

// rules/no-kms-key-arn.ts
var no_kms_key_arn_default = {
  id: "no-kms-key-arn",
  type: "problem",
  severity: "warning",
  description: "Disallow a key ARN in KmsKeyId, where Cloud Backup documents only a key ID or alias",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected the key ID or alias "{{resource}}", as Cloud Backup documents no ARN form.'
  },
  check({ params }, context) {
    let value = params.KmsKeyId;
    if (value === void 0) return;
    let key = parseKmsKey(value);
    key.form !== "arn" || !isWellFormedArn(key) || context.report({
      messageId: "arn",
      data: { value, resource: key.resource },
      pointer: "/KmsKeyId",
      suggestions: [key.resource]
    });
  }
};

// rules/data/regions.json
var regions_default = {
  updated: "2026-12-03",
  description: "Region IDs for VaultRegionId. supported: regions where Cloud Backup (HBR) is confirmed, from its supported-regions page. unconfirmed: other public Alibaba Cloud regions, where Cloud Backup is not confirmed. decommissioned: regions that were shut down or deactivated. Configuration extends these lists with regions.supported and regions.decommissioned.",
  supported: [
    "cn-qingdao",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-huhehaote",
    "cn-wulanchabu",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-hongkong",
    "ap-southeast-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-3",
    "ap-southeast-6",
    "ap-southeast-7"
  ],
  unconfirmed: [
    "ap-southeast-5",
    "ap-southeast-8",
    "us-east-1",
    "us-west-1",
    "us-southeast-1",
    "na-south-1",
    "eu-central-1",
    "eu-west-1",
    "me-east-1",
    "me-central-1",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-hangzhou-finance"
  ],
  decommissioned: ["ap-southeast-2", "ap-south-1", "cn-nanjing", "cn-fuzhou"]
};

// rules/lib/regions.ts
var REGIONS_UPDATED = regions_default.updated, DEFAULT_REGION_OPTIONS = {
  regions: { supported: [], decommissioned: [] }
}, REGION_OPTIONS_SCHEMA = {
  type: "object",
  additionalProperties: !1,
  properties: {
    regions: {
      type: "object",
      additionalProperties: !1,
      description: "Extends the bundled region list; filled from the config's top-level `regions` section unless set here.",
      properties: {
        supported: {
          type: "array",
          items: { type: "string" },
          default: [],
          description: "Region IDs to treat as served by Cloud Backup."
        },
        decommissioned: {
          type: "array",
          items: { type: "string" },
          default: [],
          description: "Region IDs to treat as decommissioned."
        }
      }
    }
  }
}, catalogs = /* @__PURE__ */ new WeakMap();
function regionCatalog(extra) {
  let lists = extra ?? DEFAULT_REGION_OPTIONS.regions, cached = catalogs.get(lists);
  if (cached) return cached;
  let list = (value) => Array.isArray(value) ? value.filter((v) => typeof v == "string") : [], decommissioned = /* @__PURE__ */ new Set([
    ...list(lists.decommissioned),
    ...regions_default.decommissioned.filter((r) => !list(lists.supported).includes(r))
  ]), supported = new Set(
    [...list(lists.supported), ...regions_default.supported].filter(
      (r) => !decommissioned.has(r)
    )
  ), unconfirmed = new Set(
    regions_default.unconfirmed.filter((r) => !supported.has(r) && !decommissioned.has(r))
  ), live = [...supported, ...unconfirmed], catalog = {
    status(region) {
      return decommissioned.has(region) ? "decommissioned" : supported.has(region) ? "supported" : unconfirmed.has(region) ? "unconfirmed" : "unknown";
    },
    nearest: (region) => nearest(region, live)
  };
  return catalogs.set(lists, catalog), catalog;
}

// rules/no-unconfirmed-region.ts
var no_unconfirmed_region_default = {
  id: "no-unconfirmed-region",
  type: "problem",
  severity: "warning",
  description: "Disallow regions where Cloud Backup is not confirmed to be offered",
  tags: ["region"],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unconfirmed: 'Unexpected VaultRegionId "{{value}}", a region where Cloud Backup is not confirmed as of {{updated}}; expected a supported region, or this one listed under regions.supported in .vaultlint.yaml once confirmed.'
  },
  check({ params }, context) {
    let region = params.VaultRegionId;
    region === void 0 || regionCatalog(context.options.regions).status(region) !== "unconfirmed" || context.report({
      messageId: "unconfirmed",
      data: { value: region, updated: REGIONS_UPDATED },
      pointer: "/VaultRegionId"
    });
  }
};

// rules/vault-name-characters.ts
var CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u, BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u, SPACE = /\s/u, MAX_REPORTS = 10, ZWNJ = "\u200C", ZWJ = "\u200D", VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u, EMOJI = new RegExp("\\p{Extended_Pictographic}", "u"), EMOJI_MODIFIER = /[\u{1F3FB}-\u{1F3FF}\uFE0F]/u, TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, JOINING_SCRIPT = /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Mongolian}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Tibetan}]/u, vault_name_characters_default = {
  id: "vault-name-characters",
  type: "problem",
  severity: "error",
  description: "Disallow white space around VaultName and invisible, control or bidirectional characters in it",
  api: CREATE_VAULT_API,
  tags: ["naming", "security"],
  defaultOptions: {},
  messages: {
    leadingSpace: 'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to start with a visible character.',
    trailingSpace: 'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to end with a visible character.',
    control: 'Unexpected control character {{char}} at position {{position}} of VaultName "{{name}}"; expected only printable characters.',
    bidi: 'Unexpected bidirectional control {{char}} at position {{position}} of VaultName "{{name}}"; expected none, as it makes the name display in another order than it is stored.',
    invisible: 'Unexpected invisible character {{char}} at position {{position}} of VaultName "{{name}}"; expected only visible characters.',
    more: 'Unexpected {{count}} more white-space, invisible or control characters in VaultName "{{name}}"; expected only visible characters.'
  },
  check({ params }, context) {
    let name = params.VaultName;
    if (name === void 0) return;
    let problems = scan(name);
    if (problems.length === 0) return;
    let chars = [...name], shown = visible(name), cleaned = clean(chars, problems), fix = cleaned ? { suggestions: [cleaned] } : {};
    for (let { index, messageId } of problems.slice(0, MAX_REPORTS))
      context.report({
        messageId,
        data: {
          char: describeChar(chars[index]),
          position: index + 1,
          name: shown
        },
        pointer: "/VaultName",
        ...fix
      });
    problems.length <= MAX_REPORTS || context.report({
      messageId: "more",
      data: { count: problems.length - MAX_REPORTS, name: shown },
      pointer: "/VaultName",
      ...fix
    });
  }
};
function scan(name) {
  let chars = [...name], allowed = tagSequenceIndexes(chars), problems = [];
  for (let [index] of chars.entries()) {
    let kind = allowed.has(index) ? void 0 : classify(chars, index);
    kind && problems.push({ index, messageId: kind });
  }
  let flagged = new Set(problems.map((p) => p.index)), blank = (i) => SPACE.test(chars[i]) || flagged.has(i), plainSpace = (i) => SPACE.test(chars[i]) && !flagged.has(i), start = 0;
  for (; start < chars.length && blank(start); ) start += 1;
  let end = chars.length;
  for (; end > start && blank(end - 1); ) end -= 1;
  let leading = range(0, start).find(plainSpace);
  leading !== void 0 && problems.push({ index: leading, messageId: "leadingSpace" });
  let trailing = range(end, chars.length).find(plainSpace);
  return trailing !== void 0 && problems.push({ index: trailing, messageId: "trailingSpace" }), problems.sort((a, b) => a.index - b.index);
}
function classify(chars, index) {
  let char = chars[index];
  if (CONTROL.test(char)) return "control";
  if (BIDI.test(char)) return "bidi";
  if (!INVISIBLE.test(char) || (char === ZWJ || char === ZWNJ) && joins(chars, index)) return;
  let before = chars[index - 1];
  if (!(VARIATION_SELECTOR.test(char) && before !== void 0 && !SPACE.test(before) && !INVISIBLE.test(before) && !CONTROL.test(before)))
    return "invisible";
}
function joins(chars, index) {
  let before = index - 1;
  for (; before >= 0 && EMOJI_MODIFIER.test(chars[before]); ) before -= 1;
  let previous = chars[before], next = chars[index + 1];
  return previous === void 0 || next === void 0 ? !1 : chars[index] === ZWJ && EMOJI.test(previous) && EMOJI.test(next) ? !0 : JOINING_SCRIPT.test(previous) && JOINING_SCRIPT.test(next);
}
function tagSequenceIndexes(chars) {
  let indexes = /* @__PURE__ */ new Set(), text = chars.join("");
  for (let match of text.matchAll(TAG_SEQUENCE)) {
    let start = [...text.slice(0, match.index)].length, length = [...match[0]].length;
    for (let i = start + 1; i < start + length; i++) indexes.add(i);
  }
  return indexes;
}
function clean(chars, problems) {
  let drop = new Set(
    problems.filter((p) => !p.messageId.endsWith("Space")).map((p) => p.index)
  ), trimmed = chars.filter((_, i) => !drop.has(i)).join("").trim();
  return trimmed === "" ? void 0 : trimmed;
}
function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

// rules/vault-name-pattern.ts
var vault_name_pattern_default = {
  id: "vault-name-pattern",
  type: "suggestion",
  severity: "off",
  description: "Enforce the team's naming pattern for VaultName",
  tags: ["policy", "naming"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      pattern: {
        type: "string",
        minLength: 1,
        format: "regex",
        default: "[a-z0-9]+(-[a-z0-9]+)*",
        description: "A regular expression the whole VaultName must match; by default lower-case words joined by hyphens."
      }
    }
  },
  defaultOptions: { pattern: "[a-z0-9]+(-[a-z0-9]+)*" },
  messages: {
    mismatch: 'Unexpected VaultName "{{name}}"; team policy expects names matching "{{pattern}}".'
  },
  check({ params }, context) {
    let name = params.VaultName, { pattern } = context.options;
    name !== void 0 && (matchesPattern(pattern, name) || context.report({
      messageId: "mismatch",
      data: { name, pattern },
      pointer: "/VaultName"
    }));
  }
};

// rules/vault-region.ts
var vault_region_default = {
  id: "vault-region",
  type: "problem",
  severity: "error",
  description: "Require VaultRegionId to be a known region ID that is still in service",
  api: CREATE_VAULT_API,
  tags: ["api", "region"],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unknownNear: 'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected "{{suggestion}}", the nearest known one.',
    unknown: 'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected an ID such as "cn-hangzhou" from the region list of {{updated}}.',
    decommissioned: 'Unexpected VaultRegionId "{{value}}", a decommissioned region; expected a region where Cloud Backup is in service.',
    empty: 'Missing region in VaultRegionId; expected a region ID such as "cn-hangzhou".'
  },
  check({ params }, context) {
    let region = params.VaultRegionId;
    if (region === void 0) return;
    let catalog = regionCatalog(context.options.regions), status = catalog.status(region);
    if (status === "supported" || status === "unconfirmed") return;
    let pointer = "/VaultRegionId";
    if (status === "decommissioned") {
      context.report({
        messageId: "decommissioned",
        data: { value: region },
        pointer
      });
      return;
    }
    if (region.trim() === "") {
      context.report({ messageId: "empty", pointer });
      return;
    }
    let suggestion = catalog.nearest(region);
    context.report(
      suggestion ? {
        messageId: "unknownNear",
        data: { value: visible(region), suggestion },
        pointer,
        suggestions: [suggestion]
      } : {
        messageId: "unknown",
        data: { value: visible(region), updated: REGIONS_UPDATED },
        pointer
      }
    );
  }
};

// rules/worm-required.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var worm_required_default = {
  id: "worm-required",
  type: "suggestion",
  severity: "off",
  description: "Require backup locking (WormEnabled: true) on every vault, or on the files and names chosen",
  api: CREATE_VAULT_API,
  tags: ["policy", "worm"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      paths: {
        type: "array",
        items: { type: "string", minLength: 1 },
        default: [],
        examples: [["vaults/prod/**"]],
        description: "Globs of request files, relative to the config file's folder, whose vaults need WORM, e.g. vaults/prod/**."
      },
      names: {
        type: "array",
        items: { type: "string", minLength: 1, format: "regex" },
        default: [],
        examples: [["prod-.*"]],
        description: 'Regular expressions a VaultName matches in full when its vault needs WORM, e.g. "prod-.*".'
      }
    }
  },
  defaultOptions: { paths: [], names: [] },
  messages: {
    missing: "Missing WormEnabled; team policy requires backup locking (WormEnabled: true) for {{scope}}.",
    disabled: "Unexpected WormEnabled false; team policy requires backup locking (true) for {{scope}}."
  },
  check(request, context) {
    let { raw, params } = request, scope = scopeOf(request, context.options);
    if (scope !== void 0) {
      if (raw.WormEnabled !== void 0 && raw.WormEnabled !== null) {
        if (params.WormEnabled !== !1) return;
        context.report({
          messageId: "disabled",
          data: { scope },
          pointer: "/WormEnabled",
          suggestions: ["true"]
        });
        return;
      }
      context.report({
        messageId: "missing",
        data: { scope },
        pointer: "/WormEnabled",
        suggestions: ["WormEnabled: true"]
      });
    }
  }
};
function scopeOf(request, options) {
  let { paths, names } = options;
  if (paths.length === 0 && names.length === 0) return "every vault";
  let glob = paths.find(
    (p) => (0, import_picomatch2.default)(p, { dot: !0 })(request.pathFromConfig)
  );
  if (glob !== void 0) return `files matching "${glob}"`;
  let name = request.params.VaultName, pattern = name === void 0 ? void 0 : names.find((n) => matchesPattern(n, name));
  if (pattern !== void 0) return `names matching "${pattern}"`;
}

// rules/index.ts
var BUILTIN_RULES = [
  account_vault_quota_default,
  allowed_regions_default,
  allowed_vault_types_default,
  deprecated_storage_class_default,
  description_required_default,
  duplicate_vault_name_default,
  kms_encryption_required_default,
  kms_key_format_default,
  kms_key_region_default,
  kms_key_required_default,
  no_credentials_default,
  no_ignored_kms_key_default,
  no_kms_key_arn_default,
  no_unconfirmed_region_default,
  vault_name_characters_default,
  vault_name_pattern_default,
  vault_region_default,
  worm_required_default
];

// src/engine/core-checks.ts
var CORE_CHECKS = [
  {
    id: "unreadable-file",
    severity: "error",
    description: "Require request files to be readable"
  },
  {
    id: "file-too-large",
    severity: "error",
    description: "Disallow request files larger than the size limit"
  },
  {
    id: "binary-file",
    severity: "error",
    description: "Disallow binary content in request files"
  },
  {
    id: "invalid-encoding",
    severity: "error",
    description: "Require request files to be valid UTF-8"
  },
  {
    id: "syntax-error",
    severity: "error",
    description: "Require request files to be valid YAML 1.2 or strict JSON"
  },
  {
    id: "resource-limit",
    severity: "error",
    description: "Disallow nesting and alias expansion past the safety limits"
  },
  {
    id: "duplicate-key",
    severity: "error",
    description: "Disallow a key given twice in one request"
  },
  {
    id: "no-request",
    severity: "error",
    description: "Require a request file to hold at least one request"
  },
  {
    id: "request-shape",
    severity: "error",
    description: "Require each document to be a mapping of CreateVault parameters"
  },
  {
    id: "unknown-parameter",
    severity: "error",
    description: "Disallow keys that are not CreateVault parameters"
  },
  {
    id: "missing-parameter",
    severity: "error",
    description: "Require the parameters CreateVault requires"
  },
  {
    id: "invalid-type",
    severity: "error",
    description: "Enforce the type of each CreateVault parameter"
  },
  {
    id: "invalid-value",
    severity: "error",
    description: "Enforce the values CreateVault accepts for each parameter"
  },
  {
    id: "invalid-length",
    severity: "error",
    description: "Enforce the lengths CreateVault accepts, in characters"
  },
  {
    id: "suppression-without-reason",
    severity: "error",
    description: "Require a reason on every inline suppression"
  },
  {
    id: "unused-suppression",
    severity: "warning",
    description: "Disallow inline suppressions that silence nothing"
  }
], CORE_CHECK_IDS = new Set(CORE_CHECKS.map((c) => c.id));

// src/engine/fast-parse.ts
var KEY = /^[A-Za-z_][A-Za-z0-9_]*$/, INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/, UNUSUAL = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to find
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
);
function fastParse(text) {
  if (UNUSUAL.test(text)) return;
  let request = {
    document: 1,
    raw: /* @__PURE__ */ Object.create(null),
    entries: /* @__PURE__ */ new Map(),
    mapping: [0, 0],
    tainted: /* @__PURE__ */ new Set()
  }, comments = [], first = !0;
  for (let start = 0; start < text.length; ) {
    let newline = text.indexOf(`
`, start), next = newline === -1 ? text.length : newline + 1, end = newline === -1 ? text.length : newline;
    end > start && text.charCodeAt(end - 1) === 13 && (end -= 1);
    let line = text.slice(start, end), indent = line.search(/\S/);
    if (indent !== -1)
      if (line[indent] === "#")
        comments.push({
          offset: start + indent,
          text: line.slice(indent).trimEnd()
        });
      else {
        if (indent > 0 || !readPair(line, start, request, comments))
          return;
        first && (request.mapping = [start, start], first = !1);
      }
    start = next;
  }
  if (!first)
    return {
      lines: new LineIndex(text),
      requests: [request],
      problems: [],
      comments
    };
}
function readPair(line, offset, request, comments) {
  let colon = line.indexOf(":");
  if (colon <= 0) return !1;
  let key = line.slice(0, colon);
  if (!KEY.test(key) || request.entries.has(key) || typeof resolvePlain(key) != "string") return !1;
  let after = line.slice(colon + 1);
  if (after !== "" && after[0] !== " ") return !1;
  let valueStart = after.search(/\S/), at = colon + 1 + valueStart;
  if (valueStart === -1 || after[valueStart] === "#")
    return valueStart !== -1 && comments.push({ offset: offset + at, text: line.slice(at).trimEnd() }), request.entries.set(key, { key: [offset, offset + colon], value: null }), request.raw[key] = null, !0;
  let scalar = readScalar(line.slice(at));
  return scalar ? (scalar.comment !== void 0 && comments.push({
    offset: offset + at + scalar.comment,
    text: line.slice(at + scalar.comment).trimEnd()
  }), request.entries.set(key, {
    key: [offset, offset + colon],
    value: [offset + at, offset + at + scalar.length]
  }), request.raw[key] = scalar.value, !0) : !1;
}
function readScalar(source) {
  let quote = source[0];
  if (quote === '"' || quote === "'") {
    let close = source.indexOf(quote, 1);
    if (close === -1) return;
    let body = source.slice(1, close);
    if (quote === '"' && body.includes("\\") || quote === "'" && source[close + 1] === "'") return;
    let rest = source.slice(close + 1), trailing = rest.search(/\S/);
    return trailing !== -1 && (rest[trailing] !== "#" || trailing === 0) ? void 0 : {
      value: body,
      length: close + 1,
      comment: trailing === -1 ? void 0 : close + 1 + trailing
    };
  }
  if (INDICATOR.test(source)) return;
  let hash = source.search(/\s#/), plain = (hash === -1 ? source : source.slice(0, hash)).trimEnd();
  if (!(plain.includes(": ") || plain.endsWith(":")))
    return {
      value: resolvePlain(plain),
      length: plain.length,
      comment: hash === -1 ? void 0 : source.indexOf("#", hash)
    };
}
function resolvePlain(s) {
  return /^(?:~|[Nn]ull|NULL)?$/.test(s) ? null : /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s) ? s[0] === "t" || s[0] === "T" : /^0o[0-7]+$/.test(s) ? Number.parseInt(s.slice(2), 8) : /^[-+]?[0-9]+$/.test(s) ? Number.parseInt(s, 10) : /^0x[0-9a-fA-F]+$/.test(s) ? Number.parseInt(s.slice(2), 16) : /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ? s.slice(-3).toLowerCase() === "nan" ? Number.NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY : /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s) ? Number.parseFloat(s) : s;
}

// src/engine/read.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024, strictDecoder = new TextDecoder("utf-8", { fatal: !0 });
function readRequestFile(path, maxSize = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(path, "r");
    let { size } = fstatSync(fd);
    if (size > maxSize) return tooLarge(size, maxSize);
    let buffer = Buffer.allocUnsafe(Math.min(size, maxSize) + 1), length = 0;
    for (; ; ) {
      let bytesRead = readSync(
        fd,
        buffer,
        length,
        buffer.length - length,
        null
      );
      if (bytesRead === 0 || (length += bytesRead, length === buffer.length)) break;
    }
    return length > maxSize ? tooLarge(length, maxSize) : decode(buffer.subarray(0, length));
  } catch (error) {
    let code = error.code ?? "EIO";
    return fail(
      "unreadable-file",
      `Unexpected ${code} while reading the file.`
    );
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}
function decode(bytes) {
  if (isBinary(bytes))
    return fail(
      "binary-file",
      "Unexpected binary content; a request file is UTF-8 text."
    );
  try {
    return { ok: !0, text: strictDecoder.decode(bytes) };
  } catch {
    let bad = firstInvalidByte(bytes), before = strictDecoder.decode(bytes.subarray(0, bad)), start = new LineIndex(before).position(before.length), hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return fail(
      "invalid-encoding",
      `Unexpected byte 0x${hex}; the file is not valid UTF-8 (save it as UTF-8).`,
      { start, end: { line: start.line, column: start.column + 1 } }
    );
  }
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
function firstInvalidByte(bytes) {
  let i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i], need = sequenceLength(b) - 1;
    if (need < 0 || need > 0 && !validTail(bytes, i, need)) return i;
    i += need + 1;
  }
  return bytes.length;
}
function sequenceLength(lead) {
  return lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
}
function validTail(bytes, i, need) {
  if (i + need >= bytes.length) return !1;
  let b0 = bytes[i], b1 = bytes[i + 1];
  if (b0 === 224 && b1 < 160 || b0 === 237 && b1 > 159 || b0 === 240 && b1 < 144 || b0 === 244 && b1 > 143) return !1;
  for (let k = 1; k <= need; k++)
    if ((bytes[i + k] & 192) !== 128) return !1;
  return !0;
}
function tooLarge(size, limit) {
  return fail(
    "file-too-large",
    `Unexpected file of ${size} bytes; the limit is ${limit} bytes (--max-file-size).`
  );
}
function fail(ruleId, message, range2 = FILE_START) {
  return { ok: !1, problem: { ruleId, message, range: range2 } };
}

// schemas/create-vault.schema.json
var create_vault_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/create-vault.schema.json",
  title: "Cloud Backup CreateVault request",
  description: "The parameters of one Cloud Backup (HBR) CreateVault call, API version 2017-09-08. Creates a backup vault; each Alibaba Cloud account can create at most 100 backup vaults.",
  type: "object",
  additionalProperties: !1,
  required: ["VaultRegionId", "VaultName"],
  properties: {
    VaultRegionId: {
      type: "string",
      description: "The region ID of the backup vault.",
      examples: ["cn-shanghai"]
    },
    VaultName: {
      type: "string",
      minLength: 1,
      maxLength: 64,
      description: "The name of the backup vault. The name must be 1 to 64 characters in length.",
      examples: ["backupvaultname"]
    },
    Description: {
      type: "string",
      maxLength: 255,
      description: "The description of the backup vault. The description can be 0 to 255 characters in length.",
      examples: ["description"]
    },
    VaultType: {
      type: "string",
      enum: ["STANDARD", "OTS_BACKUP"],
      description: "The type of the backup vault. STANDARD: a standard backup vault. OTS_BACKUP: a Tablestore backup vault.",
      examples: ["STANDARD"]
    },
    VaultStorageClass: {
      type: "string",
      enum: ["STANDARD", "ARCHIVE", "COLD_ARCHIVE", "IA"],
      description: "The storage class of the backup vault. STANDARD: Standard. ARCHIVE, COLD_ARCHIVE and IA: deprecated.",
      examples: ["STANDARD"]
    },
    WormEnabled: {
      type: "boolean",
      description: "Specifies whether to enable backup locking.",
      examples: [!1]
    },
    EncryptType: {
      type: "string",
      enum: ["HBR_PRIVATE", "KMS"],
      description: "The encryption type of the source data. Valid only if VaultType is STANDARD or OTS_BACKUP. HBR_PRIVATE: the built-in encryption of Cloud Backup. KMS: a customer master key (CMK) from Key Management Service.",
      examples: ["KMS"]
    },
    KmsKeyId: {
      type: "string",
      description: "The ID or alias of the KMS key. Required only if EncryptType is KMS.",
      examples: ["alias/yzs-hhht"]
    },
    Replication: {
      type: "boolean",
      description: "Specifies whether to create a replication vault.",
      examples: [!0]
    }
  }
};

// src/generated/validate-request.js
var validateRequest = validate102, schema112 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/create-vault.schema.json", title: "Cloud Backup CreateVault request", description: "The parameters of one Cloud Backup (HBR) CreateVault call, API version 2017-09-08. Creates a backup vault; each Alibaba Cloud account can create at most 100 backup vaults.", type: "object", additionalProperties: !1, required: ["VaultRegionId", "VaultName"], properties: { VaultRegionId: { type: "string", description: "The region ID of the backup vault.", examples: ["cn-shanghai"] }, VaultName: { type: "string", minLength: 1, maxLength: 64, description: "The name of the backup vault. The name must be 1 to 64 characters in length.", examples: ["backupvaultname"] }, Description: { type: "string", maxLength: 255, description: "The description of the backup vault. The description can be 0 to 255 characters in length.", examples: ["description"] }, VaultType: { type: "string", enum: ["STANDARD", "OTS_BACKUP"], description: "The type of the backup vault. STANDARD: a standard backup vault. OTS_BACKUP: a Tablestore backup vault.", examples: ["STANDARD"] }, VaultStorageClass: { type: "string", enum: ["STANDARD", "ARCHIVE", "COLD_ARCHIVE", "IA"], description: "The storage class of the backup vault. STANDARD: Standard. ARCHIVE, COLD_ARCHIVE and IA: deprecated.", examples: ["STANDARD"] }, WormEnabled: { type: "boolean", description: "Specifies whether to enable backup locking.", examples: [!1] }, EncryptType: { type: "string", enum: ["HBR_PRIVATE", "KMS"], description: "The encryption type of the source data. Valid only if VaultType is STANDARD or OTS_BACKUP. HBR_PRIVATE: the built-in encryption of Cloud Backup. KMS: a customer master key (CMK) from Key Management Service.", examples: ["KMS"] }, KmsKeyId: { type: "string", description: "The ID or alias of the KMS key. Required only if EncryptType is KMS.", examples: ["alias/yzs-hhht"] }, Replication: { type: "boolean", description: "Specifies whether to create a replication vault.", examples: [!0] } } }, func22 = Object.prototype.hasOwnProperty, func3 = ((s) => {
  let n = 0;
  for (let _ of s) n++;
  return n;
});
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.VaultRegionId === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VaultRegionId" }, message: "must have required property 'VaultRegionId'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.VaultName === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VaultName" }, message: "must have required property 'VaultName'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func22.call(schema112.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.VaultRegionId !== void 0 && typeof data.VaultRegionId != "string") {
      let err3 = { instancePath: instancePath + "/VaultRegionId", schemaPath: "#/properties/VaultRegionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.VaultName !== void 0) {
      let data1 = data.VaultName;
      if (typeof data1 == "string") {
        if (func3(data1) > 64) {
          let err4 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        if (func3(data1) < 1) {
          let err5 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.Description !== void 0) {
      let data2 = data.Description;
      if (typeof data2 == "string") {
        if (func3(data2) > 255) {
          let err7 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.VaultType !== void 0) {
      let data3 = data.VaultType;
      if (typeof data3 != "string") {
        let err9 = { instancePath: instancePath + "/VaultType", schemaPath: "#/properties/VaultType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (!(data3 === "STANDARD" || data3 === "OTS_BACKUP")) {
        let err10 = { instancePath: instancePath + "/VaultType", schemaPath: "#/properties/VaultType/enum", keyword: "enum", params: { allowedValues: schema112.properties.VaultType.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.VaultStorageClass !== void 0) {
      let data4 = data.VaultStorageClass;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/VaultStorageClass", schemaPath: "#/properties/VaultStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (!(data4 === "STANDARD" || data4 === "ARCHIVE" || data4 === "COLD_ARCHIVE" || data4 === "IA")) {
        let err12 = { instancePath: instancePath + "/VaultStorageClass", schemaPath: "#/properties/VaultStorageClass/enum", keyword: "enum", params: { allowedValues: schema112.properties.VaultStorageClass.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.WormEnabled !== void 0 && typeof data.WormEnabled != "boolean") {
      let err13 = { instancePath: instancePath + "/WormEnabled", schemaPath: "#/properties/WormEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.EncryptType !== void 0) {
      let data6 = data.EncryptType;
      if (typeof data6 != "string") {
        let err14 = { instancePath: instancePath + "/EncryptType", schemaPath: "#/properties/EncryptType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
      if (!(data6 === "HBR_PRIVATE" || data6 === "KMS")) {
        let err15 = { instancePath: instancePath + "/EncryptType", schemaPath: "#/properties/EncryptType/enum", keyword: "enum", params: { allowedValues: schema112.properties.EncryptType.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.KmsKeyId !== void 0 && typeof data.KmsKeyId != "string") {
      let err16 = { instancePath: instancePath + "/KmsKeyId", schemaPath: "#/properties/KmsKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
    }
    if (data.Replication !== void 0 && typeof data.Replication != "boolean") {
      let err17 = { instancePath: instancePath + "/Replication", schemaPath: "#/properties/Replication/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
    }
  } else {
    let err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
  }
  return validate102.errors = vErrors, errors === 0;
}

// src/engine/schema.ts
var PARAMETERS = Object.keys(create_vault_schema_default.properties), properties = create_vault_schema_default.properties, BOOLEAN_WORDS = {
  yes: !0,
  y: !0,
  on: !0,
  true: !0,
  no: !1,
  n: !1,
  off: !1,
  false: !1
};
function checkSchema(request, text) {
  if (validateRequest(request.raw)) return [];
  let errors = validateRequest.errors ?? [], mistyped = new Set(
    errors.filter((e) => e.keyword === "type").map((e) => e.instancePath)
  );
  return errors.filter((e) => e.keyword === "type" || !mistyped.has(e.instancePath)).flatMap((error) => explain(error, request, text));
}
function explain(error, request, text) {
  let params = error.params;
  switch (error.keyword) {
    case "required": {
      let name = params.missingProperty;
      return [
        {
          ruleId: "missing-parameter",
          pointer: pointerOf(name),
          target: "mapping",
          message: `Missing required parameter ${name}.`
        }
      ];
    }
    case "additionalProperties":
      return unknownKey(params.additionalProperty);
    default:
      return explainValue(error, request, text);
  }
}
function unknownKey(name) {
  let guess = nearest(name, PARAMETERS), finding = {
    ruleId: "unknown-parameter",
    pointer: pointerOf(name),
    target: "key",
    message: guess ? `Unexpected parameter ${JSON.stringify(name)}; expected "${guess}".` : `Unexpected parameter ${JSON.stringify(name)}; it is not a CreateVault parameter.`
  };
  return guess && (finding.suggestions = [guess]), [finding];
}
function explainValue(error, request, text) {
  let name = error.instancePath.slice(1).replace(/~1/g, "/").replace(/~0/g, "~"), property = properties[name], value = request.raw[name], span = request.entries.get(name)?.value, source = span ? text.slice(span[0], span[1]) : "", base = { pointer: error.instancePath, target: "value" };
  if (error.keyword === "type")
    return [
      {
        ...base,
        ruleId: "invalid-type",
        ...typeMessage(name, property.type, value, source, span)
      }
    ];
  if (error.keyword === "enum") {
    let allowed = property.enum ?? [], guess = nearest(String(value), allowed);
    return [
      {
        ...base,
        ruleId: "invalid-value",
        message: `Unexpected ${name} ${JSON.stringify(value)}; expected ${guess ? `"${guess}"` : `one of ${allowed.join(", ")}`}.`,
        ...guess ? { suggestions: [guess] } : {},
        ...guess && span ? { fix: { range: span, text: guess } } : {}
      }
    ];
  }
  if (error.keyword === "minLength" && property.minLength === 1 && value === "")
    return [
      {
        ...base,
        ruleId: "invalid-length",
        message: `Unexpected empty ${name}; it must be 1 to ${property.maxLength} characters.`
      }
    ];
  if (error.keyword === "maxLength" || error.keyword === "minLength") {
    let length = [...String(value)].length, limits = property.minLength ? `${property.minLength} to ${property.maxLength}` : `at most ${property.maxLength}`;
    return [
      {
        ...base,
        ruleId: "invalid-length",
        message: `Unexpected ${name} of ${length} characters; it must be ${limits} characters.`
      }
    ];
  }
  return [
    {
      ...base,
      ruleId: "invalid-value",
      message: `Unexpected ${name}: ${error.message ?? "invalid value"}.`
    }
  ];
}
function typeMessage(name, expected, value, source, span) {
  let article = expected === "boolean" ? "a boolean" : "a string";
  if (value === null)
    return {
      message: `Expected ${name} to be ${article}, got an empty value.`
    };
  if (expected === "string" && (typeof value == "number" || typeof value == "boolean") && span) {
    let quoted = JSON.stringify(source);
    return {
      message: `Expected ${name} to be a string, but \`${source}\` is read as ${describe(value)}; quote it.`,
      suggestions: [quoted],
      fix: { range: span, text: quoted }
    };
  }
  if (expected === "boolean" && typeof value == "string") {
    let meant = BOOLEAN_WORDS[value.trim().toLowerCase()];
    if (meant !== void 0)
      return {
        message: `Expected ${name} to be a boolean, got ${describe(value)}; use ${meant}.`,
        suggestions: [String(meant)],
        ...span ? { fix: { range: span, text: String(meant) } } : {}
      };
  }
  return {
    message: `Expected ${name} to be ${article}, got ${describe(value)}.`
  };
}

// src/engine/suppressions.ts
var DIRECTIVE = /^#\s*vaultlint-(disable-line|disable-next-line|disable-file)(?=\s|$)(.*)$/;
function readDirectives(comments, lines) {
  let directives = [];
  for (let comment of comments) {
    let match = DIRECTIVE.exec(comment.text.trimEnd());
    if (!match) continue;
    let kind = match[1], [list, ...reasonParts] = match[2].split(/\s--(?:\s|$)/), range2 = lines.range(
      comment.offset,
      comment.offset + comment.text.length
    ), line = range2.start.line;
    directives.push({
      kind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      reason: reasonParts.join(" -- ").trim(),
      line,
      target: kind === "disable-file" ? 0 : kind === "disable-line" ? line : line + 1,
      range: range2,
      used: !1
    });
  }
  return directives;
}
function matchDirective(directives, ruleId, line) {
  let covers = (d) => d.rules.length === 0 || d.rules.includes(ruleId);
  return directives.find((d) => d.target === line && covers(d)) ?? directives.find((d) => d.target === 0 && covers(d));
}

// src/engine/lint.ts
var MASK = "********";
function docsUrl(id) {
  return `${package_default.homepage}/blob/main/docs/rules/${id}.md`;
}
var PARAMETER_TYPES = {
  VaultRegionId: "string",
  VaultName: "string",
  Description: "string",
  VaultType: "string",
  VaultStorageClass: "string",
  WormEnabled: "boolean",
  EncryptType: "string",
  KmsKeyId: "string",
  Replication: "boolean"
};
async function lint(paths, options = {}) {
  let cwd = resolve3(options.cwd ?? process.cwd()), configs = new ConfigResolver(cwd, options.config), engine = new Engine(cwd, configs, options);
  if (options.stdin) {
    let file = resolve3(cwd, options.stdin.filename), bytes = Buffer.from(options.stdin.text, "utf8");
    await engine.lintBytes(file, bytes);
  } else
    for (let file of await discover(paths, cwd, configs))
      await engine.lintFile(file);
  return engine.finish();
}
var Engine = class {
  constructor(cwd, configs, options) {
    this.cwd = cwd;
    this.configs = configs;
    this.options = options;
  }
  cwd;
  configs;
  options;
  files = [];
  records = [];
  ruleSets = /* @__PURE__ */ new Map();
  secrets = /* @__PURE__ */ new Set();
  async lintFile(path) {
    let read = await readRequestFile(
      path,
      this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
    );
    await this.lintRead(path, read);
  }
  async lintBytes(path, bytes) {
    let limit = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, read = bytes.length > limit ? {
      ok: !1,
      problem: {
        ruleId: "file-too-large",
        message: `Unexpected input of ${bytes.length} bytes; the limit is ${limit} bytes (--max-file-size).`,
        range: FILE_START
      }
    } : decode(bytes);
    await this.lintRead(path, read);
  }
  async lintRead(path, read) {
    let ruleSet = await this.ruleSetFor(await this.configs.forFile(path)), state = {
      file: relative3(this.cwd, path).split(sep2).join("/"),
      findings: [],
      requests: 0,
      directives: [],
      ruleSet,
      blocked: /* @__PURE__ */ new Set()
    };
    if (this.files.push(state), !read.ok) {
      this.core(
        state,
        read.problem.ruleId,
        read.problem.message,
        read.problem.range
      );
      return;
    }
    let format = /\.json$/i.test(path) ? "json" : "yaml", parsed = format === "yaml" && fastParse(read.text) || await parseWithYaml(read.text, format);
    format === "yaml" && this.options.inlineConfig !== !1 && (state.directives = readDirectives(parsed.comments, parsed.lines));
    for (let problem of parsed.problems)
      this.core(
        state,
        problem.ruleId,
        problem.message,
        problem.range,
        problem.document,
        problem.pointer
      );
    for (let request of parsed.requests)
      state.requests += 1, this.checkRequest(state, request, parsed.lines, read.text, path);
  }
  checkRequest(state, parsed, lines, text, path) {
    let request = {
      file: state.file,
      document: parsed.document,
      params: typedParams(parsed),
      raw: parsed.raw,
      account: accountOf(path, state.ruleSet.config),
      pathFromConfig: relative3(state.ruleSet.config.dir, path).split(sep2).join("/")
    }, record = { request, parsed, lines, state };
    this.records.push(record);
    let fromRules = [];
    for (let { rule, severity, options } of state.ruleSet.active)
      rule.check && rule.check(request, {
        options,
        redact: (value) => {
          value && this.secrets.add(value), rule.id === "no-credentials" && state.blocked.add(parsed.document);
        },
        report: (report) => {
          fromRules.push(this.finding(record, rule, severity, report));
        }
      });
    let claimed = new Set(fromRules.map((f) => f.pointer));
    for (let schema of checkSchema(parsed, text)) {
      if (claimed.has(schema.pointer)) continue;
      let range2 = locate(record, schema.pointer, schema.target);
      state.findings.push({
        ruleId: schema.ruleId,
        severity: "error",
        message: schema.message,
        file: state.file,
        range: range2,
        pointer: schema.pointer,
        document: parsed.document,
        docs: docsUrl(schema.ruleId),
        ...schema.suggestions ? { suggestions: schema.suggestions } : {},
        ...schema.fix ? { fix: schema.fix } : {}
      });
    }
    if (state.findings.push(...fromRules), parsed.tainted.size > 0) {
      let tainted = new Set([...parsed.tainted].map((k) => `/${k}`));
      state.findings = state.findings.filter(
        (f) => f.document !== parsed.document || f.ruleId === "duplicate-key" || !tainted.has(f.pointer ?? "")
      );
    }
  }
  finding(record, rule, severity, report) {
    let template = rule.messages[report.messageId];
    if (template === void 0)
      throw new Error(
        `Rule ${rule.id} reported unknown message id "${report.messageId}".`
      );
    let pointer = report.pointer ?? "";
    return {
      ruleId: rule.id,
      severity: milder(severity, report.severity),
      message: fill(template, report.data ?? {}),
      file: record.state.file,
      range: locate(record, pointer, "value"),
      pointer,
      document: record.request.document,
      docs: rule.docs ?? docsUrl(rule.id),
      ...report.suggestions ? { suggestions: report.suggestions } : {},
      ...report.fix ? { fix: report.fix } : {}
    };
  }
  core(state, ruleId, message, range2, document, pointer) {
    state.findings.push({
      ruleId,
      severity: "error",
      message,
      file: state.file,
      range: range2,
      ...pointer !== void 0 ? { pointer } : {},
      ...document !== void 0 ? { document } : {},
      docs: docsUrl(ruleId)
    });
  }
  ruleSetFor(config) {
    let set = this.ruleSets.get(config);
    return set || (set = buildRuleSet(config, this.options.rules ?? {}), this.ruleSets.set(config, set)), set;
  }
  /** Runs the rules that see every request, then suppressions and sorting. */
  async finish() {
    this.records.sort(
      (a, b) => compare(a.request.file, b.request.file) || a.request.document - b.request.document
    );
    let ruleSets = await Promise.all(this.ruleSets.values()), accounts = [];
    for (let set of ruleSets) {
      let records = this.records.filter((r) => r.state.ruleSet === set), run = { accounts: accountInfos(set.config) };
      accounts.push(
        ...accountUsage(
          run.accounts,
          records.map((r) => r.request),
          set.config
        )
      );
      for (let { rule, severity, options } of set.active) {
        if (!rule.checkAll) continue;
        let byRequest = new Map(records.map((r) => [r.request, r]));
        rule.checkAll(
          records.map((r) => r.request),
          {
            options,
            report: ({ request, ...report }) => {
              let record = byRequest.get(request);
              record && record.state.findings.push(
                this.finding(record, rule, severity, report)
              );
            }
          },
          run
        );
      }
    }
    let files = [], summary = {
      files: this.files.length,
      requests: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      suppressed: 0
    };
    this.files.sort((a, b) => compare(a.file, b.file));
    for (let state of this.files) {
      let findings = applySuppressions(state).flatMap((f) => configured(f, state.ruleSet)).map((f) => this.redact(f));
      findings.sort(byPosition), state.findings = findings, summary.requests += state.requests;
      for (let f of findings)
        f.suppressed ? summary.suppressed += 1 : f.severity === "error" ? summary.errors += 1 : f.severity === "warning" ? summary.warnings += 1 : summary.infos += 1;
      files.push({ file: state.file, findings, requests: state.requests });
    }
    return {
      files,
      requests: this.summaries(),
      summary,
      accounts,
      rules: ruleInfos(ruleSets)
    };
  }
  summaries() {
    return this.records.map(({ request, state }) => {
      let errors = state.findings.some(
        (f) => f.document === request.document && f.severity === "error" && !f.suppressed
      ) || state.findings.some(
        (f) => f.document === void 0 && f.severity === "error" && !f.suppressed
      );
      return {
        file: request.file,
        document: request.document,
        vaultName: request.params.VaultName,
        region: request.params.VaultRegionId,
        account: request.account,
        approved: !errors && !state.blocked.has(request.document),
        ...state.blocked.has(request.document) ? { blocked: !0 } : {},
        params: request.params
      };
    });
  }
  redact(finding) {
    if (this.secrets.size === 0) return finding;
    let mask = (s) => {
      let out = s;
      for (let secret of this.secrets) out = out.split(secret).join(MASK);
      return out;
    };
    return {
      ...finding,
      message: mask(finding.message),
      ...finding.suggestions ? { suggestions: finding.suggestions.map(mask) } : {},
      ...finding.fix ? { fix: { ...finding.fix, text: mask(finding.fix.text) } } : {}
    };
  }
};
async function parseWithYaml(text, format) {
  let { parseRequests } = await import("./parse-3O7PO3QW.js");
  return parseRequests(text, format);
}
function typedParams(parsed) {
  let params = /* @__PURE__ */ Object.create(null);
  for (let name of PARAMETERS) {
    let value = parsed.raw[name];
    typeof value === PARAMETER_TYPES[name] && !parsed.tainted.has(name) && (params[name] = value);
  }
  return params;
}
function locate(record, pointer, target) {
  let { parsed, lines } = record, key = pointer.slice(1).split("/")[0]?.replace(/~1/g, "/").replace(/~0/g, "~"), entry = pointer ? parsed.entries.get(key) : void 0;
  if (!entry || target === "mapping")
    return lines.restOfLine(parsed.mapping[0]);
  let span = target === "key" || !entry.value ? entry.key : entry.value;
  return lines.range(span[0], span[1]);
}
function fill(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => name in data ? String(data[name]) : whole
  );
}
async function buildRuleSet(config, flags) {
  let rules = [...BUILTIN_RULES, ...await loadPlugins(config)], byId = new Map(rules.map((r) => [r.id, r])), severities = /* @__PURE__ */ new Map(), active = [];
  checkRuleIds(config, [...byId.keys(), ...CORE_CHECK_IDS], FIXED_CHECK_IDS);
  for (let id of Object.keys(flags)) {
    if (FIXED_CHECK_IDS.has(id))
      throw new UsageError(
        `Unexpected check "${id}" in --rule; ${FIXED_CHECKS}.`
      );
    if (byId.has(id) || CORE_CHECK_IDS.has(id)) continue;
    let guess = nearest(id, [...byId.keys()]);
    throw new UsageError(
      `Unknown rule "${id}" in --rule${guess ? `; did you mean "${guess}"?` : "."}`
    );
  }
  for (let rule of rules) {
    let setting = config.rules[rule.id];
    setting?.options && await checkRuleOptions(config, rule, setting.options);
    let severity = flags[rule.id] ?? setting?.severity ?? rule.severity;
    if (severities.set(rule.id, severity), severity === "off") continue;
    let options = {
      ...rule.defaultOptions,
      ...configOptions(rule, config),
      ...setting?.options ?? {}
    };
    active.push({ rule, severity, options });
  }
  for (let check of CORE_CHECKS) {
    if (FIXED_CHECK_IDS.has(check.id)) continue;
    let setting = config.rules[check.id];
    setting?.options && await checkRuleOptions(config, check, setting.options), severities.set(
      check.id,
      flags[check.id] ?? setting?.severity ?? check.severity
    );
  }
  return { config, active, byId, severities };
}
var FIXED_CHECK_IDS = new Set(
  CORE_CHECKS.filter(
    (c) => c.id !== "suppression-without-reason" && c.id !== "unused-suppression"
  ).map((c) => c.id)
);
function configOptions(rule, config) {
  let regions = rule.defaultOptions?.regions;
  return typeof regions == "object" && regions !== null && !Array.isArray(regions) ? { regions: config.regions } : {};
}
async function loadPlugins(config) {
  let rules = [], taken = new Set(BUILTIN_RULES.map((r) => r.id));
  for (let [index, path] of config.plugins.entries()) {
    let at = ["plugins", String(index)], shown = relative3(config.dir, path).split(sep2).join("/"), loaded;
    try {
      loaded = (await import(pathToFileURL(path).href)).default;
    } catch (error) {
      let cause = error.code === "ERR_MODULE_NOT_FOUND" && !existsSync3(path) ? "no such file" : error.message.split(`
`)[0].replace(/\.$/, "");
      configFault(config, at, `Cannot load plugin "${shown}": ${cause}.`);
    }
    for (let rule of Array.isArray(loaded) ? loaded : [loaded]) {
      isRule(rule) || configFault(
        config,
        at,
        `Unexpected default export of plugin "${shown}"; expected a rule made with defineRule, or a list of them.`
      ), taken.has(rule.id) && configFault(
        config,
        at,
        `Unexpected rule id "${rule.id}" in plugin "${shown}"; another rule has that id.`
      ), taken.add(rule.id);
      let loadedRule = {
        ...rule,
        docs: rule.docs ?? pathToFileURL(path).href
      };
      pluginSources.set(loadedRule, path), rules.push(loadedRule);
    }
  }
  return rules;
}
var pluginSources = /* @__PURE__ */ new WeakMap();
function pluginSource(rule) {
  return pluginSources.get(rule);
}
function isRule(value) {
  let rule = value;
  return typeof rule == "object" && rule !== null && typeof rule.id == "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) && SEVERITIES.includes(rule.severity) && typeof rule.messages == "object" && (typeof rule.check == "function" || typeof rule.checkAll == "function");
}
function accountOf(path, config) {
  let relativePath = relative3(config.dir, path).split(sep2).join("/");
  return config.accounts.find(
    (a) => matcherFor(a.files)(relativePath)
  )?.name ?? "default";
}
function accountInfos(config) {
  let infos = /* @__PURE__ */ new Map();
  for (let [index, account] of config.accounts.entries())
    infos.set(account.name, {
      name: account.name,
      quota: account.quota,
      scope: account.scope,
      warnAt: account.warnAt,
      existing: account.existing ?? 0,
      ...account.existingIn ? { existingIn: account.existingIn } : {},
      inventory: account.inventory ? readInventory(config, index, account.inventory) : /* @__PURE__ */ new Set(),
      source: config.path
    });
  return infos.has("default") || infos.set("default", {
    name: "default",
    quota: DEFAULT_QUOTA,
    scope: "account",
    warnAt: DEFAULT_WARN_AT,
    existing: 0,
    inventory: /* @__PURE__ */ new Set(),
    source: config.path
  }), infos;
}
function accountUsage(infos, requests, config) {
  let usage = [];
  for (let info of infos.values()) {
    let groups = quotaGroups(requests, info), requested = groups.reduce((n, g) => n + g.added.length, 0);
    !config.accounts.some((a) => a.name === info.name) && requested === 0 || usage.push({
      name: info.name,
      quota: info.quota,
      existing: info.scope === "account" ? groups[0].existing : info.inventory.size + info.existing,
      requested,
      scope: info.scope,
      ...info.scope === "region" ? {
        regions: groups.map((g) => ({
          region: g.region,
          existing: g.existing,
          requested: g.added.length
        }))
      } : {}
    });
  }
  return usage;
}
function readInventory(config, index, path) {
  let at = ["accounts", config.accounts[index].name, "inventory"], shown = relative3(config.dir, path).split(sep2).join("/"), data;
  try {
    data = JSON.parse(readFileSync3(path, "utf8"));
  } catch (error) {
    let cause = error.code === "ENOENT" ? "no such file" : error.message.split(`
`)[0].replace(/\.$/, "");
    configFault(config, at, `Cannot read inventory "${shown}": ${cause}.`);
  }
  let vaults = /* @__PURE__ */ new Set();
  for (let [page, body] of (Array.isArray(data) ? data : [data]).entries()) {
    let list = body?.Vaults?.Vault;
    if (!Array.isArray(list)) {
      let which = Array.isArray(data) ? ` (page ${page + 1})` : "";
      configFault(
        config,
        at,
        `Unexpected content in inventory "${shown}"${which}; expected DescribeVaults response bodies with Vaults.Vault.`
      );
    }
    for (let vault of list)
      vaults.add(`${vault?.VaultRegionId ?? ""}/${vault?.VaultName ?? ""}`);
  }
  return vaults;
}
function configured(finding, set) {
  if (!CORE_CHECK_IDS.has(finding.ruleId)) return [finding];
  let severity = set.severities.get(finding.ruleId) ?? finding.severity;
  return severity === "off" ? [] : [severity === finding.severity ? finding : { ...finding, severity }];
}
function applySuppressions(state) {
  let mandatory = new Set(state.ruleSet.config.mandatory), out = [];
  for (let finding of state.findings.flatMap(
    (f) => configured(f, state.ruleSet)
  )) {
    let directive = matchDirective(
      state.directives,
      finding.ruleId,
      finding.range.start.line
    );
    if (!directive) {
      out.push(finding);
      continue;
    }
    directive.used = !0, mandatory.has(finding.ruleId) ? out.push({
      ...finding,
      message: `${finding.message.replace(/\.$/, "")}; ${finding.ruleId} is mandatory, so the suppression on line ${directive.line} cannot silence it.`
    }) : directive.reason ? out.push({
      ...finding,
      suppressed: {
        kind: directive.kind,
        reason: directive.reason,
        line: directive.line
      }
    }) : out.push(finding);
  }
  for (let directive of state.directives) {
    let base = {
      file: state.file,
      range: directive.range,
      severity: "error"
    };
    directive.reason ? directive.used || out.push({
      ...base,
      severity: "warning",
      ruleId: "unused-suppression",
      docs: docsUrl("unused-suppression"),
      message: unusedMessage(directive, state.ruleSet.byId)
    }) : out.push({
      ...base,
      ruleId: "suppression-without-reason",
      docs: docsUrl("suppression-without-reason"),
      message: `Missing reason on vaultlint-${directive.kind}; add one after " -- ".`
    });
  }
  return out;
}
function unusedMessage(directive, rules) {
  let known = [...rules.keys(), ...CORE_CHECK_IDS], unknown = directive.rules.find((id) => !known.includes(id));
  if (unknown) {
    let guess = nearest(unknown, known);
    return `Unexpected rule "${unknown}" in vaultlint-${directive.kind}; ${guess ? `expected "${guess}".` : "it silences nothing."}`;
  }
  let what = directive.rules.length ? directive.rules.join(", ") : "any rule";
  return `Unused vaultlint-${directive.kind} for ${what}; remove it.`;
}
function milder(severity, cap) {
  let order = ["info", "warning", "error"];
  return cap && order.indexOf(cap) < order.indexOf(severity) ? cap : severity;
}
function ruleInfos(sets) {
  let infos = /* @__PURE__ */ new Map();
  for (let check of CORE_CHECKS)
    infos.set(check.id, {
      id: check.id,
      type: "problem",
      severity: check.severity,
      description: check.description,
      docs: docsUrl(check.id)
    });
  for (let set of sets)
    for (let rule of set.byId.values())
      infos.has(rule.id) || infos.set(rule.id, {
        id: rule.id,
        type: rule.type,
        severity: set.severities.get(rule.id) ?? rule.severity,
        description: rule.description,
        docs: rule.docs ?? docsUrl(rule.id)
      });
  return [...infos.values()];
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function byPosition(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

export {
  CONFIG_NAME,
  ConfigError,
  ConfigResolver,
  FIXED_CHECKS,
  checkRuleIds,
  checkRuleOptions,
  UsageError,
  isExcluded,
  matcherFor,
  defineRule,
  regions_default,
  BUILTIN_RULES,
  CORE_CHECKS,
  CORE_CHECK_IDS,
  create_vault_schema_default,
  docsUrl,
  lint,
  FIXED_CHECK_IDS,
  configOptions,
  loadPlugins,
  pluginSource
};
