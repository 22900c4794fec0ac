/**
 * The regions Cloud Backup serves, as its "supported regions" page listed
 * them on 2026-01-15. With `scope: account`, the live vault count is the
 * sum over these regions plus the config's `regions.supported`.
 */
export const HBR_REGIONS_AS_OF = '2026-01-15';

export const HBR_REGIONS: readonly string[] = [
  'cn-qingdao',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-wulanchabu',
  'cn-hangzhou',
  'cn-shanghai',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-3',
  'ap-southeast-6',
  'ap-southeast-7',
];
