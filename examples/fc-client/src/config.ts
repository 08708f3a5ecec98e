// Region and endpoint configuration shared by the clients.

export const FC_REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1'] as const;
export type FcRegion = (typeof FC_REGIONS)[number];
export type FcInternalHost = `${number}.${FcRegion}-internal.fc.aliyuncs.com`;

export interface FcConfig {
  accountId: string;
  region: FcRegion;
  internal: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): FcConfig {
  const region = (env.FC_REGION ?? 'cn-hangzhou') as FcRegion;
  if (!FC_REGIONS.includes(region)) throw new Error(`FC_REGION must be one of ${FC_REGIONS.join(', ')}`);
  return { accountId: env.ALIBABA_CLOUD_ACCOUNT_ID ?? '', region, internal: env.FC_INTERNAL === '1' };
}

/** Trust policy of the RAM role that functions assume to read OSS and write SLS. */
export const executionRoleTrustPolicy = {
  Version: '1',
  Statement: [
    {
      Action: 'sts:AssumeRole',
      Effect: 'Allow',
      Principal: { Service: ['fc.aliyuncs.com'] },
    },
  ],
};

// Endpoints that the ops team pastes into the admin page.
const ENDPOINT_PATTERN = /^https?:\/\/(\d+)\.([a-z0-9-]+?)(-internal)?\.fc\.aliyuncs\.com\/?$/;

export function parseEndpoint(url: string): { accountId: string; region: string; internal: boolean } | undefined {
  const match = ENDPOINT_PATTERN.exec(url);
  if (!match) return undefined;
  return { accountId: match[1]!, region: match[2]!, internal: match[3] !== undefined };
}

export function isInternalEndpoint(host: string): boolean {
  return host.endsWith('-internal.fc.aliyuncs.com');
}
