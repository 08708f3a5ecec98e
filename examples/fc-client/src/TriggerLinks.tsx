// Lists HTTP-trigger URLs; callers inside the VPC get the -vpc host.

export interface HttpTrigger {
  name: string;
  subdomain: string;
  region: string;
}

export function triggerUrl({ subdomain, region }: HttpTrigger, fromVpc: boolean): string {
  return fromVpc ? `https://${subdomain}.${region}-vpc.fcapp.run` : `https://${subdomain}.${region}.fcapp.run`;
}

/** Load balancer health checks run inside the VPC. */
export const HEALTH_CHECK_URL = 'https://healthz-kqzvbtwpxa.cn-hangzhou-internal.fcapp.run/ping';
export const READINESS_URL = 'https://healthz-kqzvbtwpxa.cn-hangzhou-vpc.fcapp.run/ready';

export function TriggerLinks({ triggers, fromVpc = false }: { triggers: HttpTrigger[]; fromVpc?: boolean }) {
  const sorted = [...triggers].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ul>
      {sorted.map((trigger) => (
        <li key={trigger.name}>
          <a href={triggerUrl(trigger, fromVpc)}>{trigger.name}</a>
        </li>
      ))}
    </ul>
  );
}
