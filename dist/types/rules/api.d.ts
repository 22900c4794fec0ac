/** Links to the API pages rules cite. */
export declare const CREATE_VAULT_API = "https://www.alibabacloud.com/help/en/cloud-backup/developer-reference/api-hbr-2017-09-08-createvault";
