/** Where each region's calls go. */
import type { Endpoint } from './types.js';

/**
 * Where a region's calls go: `hbr.<region>.aliyuncs.com` over HTTPS, or an
 * override (`--endpoint`, `submit.endpoint`) such as a VPC endpoint or a
 * local emulator. `{region}` in the override stands for the region.
 */
export function resolveEndpoint(region: string, override?: string): Endpoint {
  if (!override) {
    return { region, host: `hbr.${region}.aliyuncs.com`, protocol: 'HTTPS' };
  }
  const text = override.split('{region}').join(region);
  const match = /^(https?):\/\/([^/?#]+)\/?$/i.exec(text);
  if (match) {
    return {
      region,
      host: match[2],
      protocol: match[1].toLowerCase() === 'http' ? 'HTTP' : 'HTTPS',
    };
  }
  return { region, host: text.replace(/\/+$/, ''), protocol: 'HTTPS' };
}

/** Why an endpoint override cannot be used, or undefined when it can. */
export function endpointProblem(override: string): string | undefined {
  if (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(override) &&
    !/^https?:\/\//i.test(override)
  )
    return 'expected http://, https:// or a bare host';
  const { host } = resolveEndpoint('cn-hangzhou', override);
  if (!host || /[\s/?#@]/.test(host))
    return 'expected a host with an optional port, such as hbr-vpc.{region}.aliyuncs.com or http://127.0.0.1:8080';
  return undefined;
}
