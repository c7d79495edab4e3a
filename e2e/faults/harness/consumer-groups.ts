import type { ServiceName } from '@crm/contracts';
import type { FaultPlatform } from './fault-platform';

/** Records of a topic the service's group has not committed yet: fetched and in hand, or still to fetch. */
export async function uncommittedRecords(
  platform: FaultPlatform,
  service: ServiceName,
  topic: string,
): Promise<number> {
  return platform.withAdmin(async (admin) => {
    const [committed] = await admin.fetchOffsets({ groupId: platform.groupId(service), topics: [topic] });
    let behind = 0;
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const offset = Number(committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1');
      behind += Number(end.high) - (offset < 0 ? Number(end.low) : offset);
    }
    return behind;
  });
}

export async function committedOffset(
  platform: FaultPlatform,
  service: ServiceName,
  topic: string,
  partition: number,
): Promise<string> {
  return platform.withAdmin(async (admin) => {
    const [committed] = await admin.fetchOffsets({ groupId: platform.groupId(service), topics: [topic] });
    return committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
  });
}

export async function groupMembers(platform: FaultPlatform, service: ServiceName): Promise<number> {
  return platform.withAdmin(async (admin) => {
    const { groups } = await admin.describeGroups([platform.groupId(service)]);
    return groups[0]?.members.length ?? 0;
  });
}
