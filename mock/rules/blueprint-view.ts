// A blueprint as DescribeBlueprints shows it to one caller: SHARED when another account shared it with the caller.
import type { Blueprint, BlueprintType } from '../world/world.ts';

/** The type the caller sees: its own and public blueprints as stored, another account's as SHARED. */
export function viewedBlueprintType(blueprint: Blueprint, callerId: string): BlueprintType {
  return blueprint.owner === null || blueprint.owner === callerId ? blueprint.type : 'SHARED';
}

/** Whether the caller may see the blueprint: public, its own, or shared with it. */
export function canSeeBlueprint(blueprint: Blueprint, callerId: string): boolean {
  return blueprint.owner === null || blueprint.owner === callerId || blueprint.shares.some((s) => s.accountId === callerId);
}

/** The Blueprint structure of the DescribeBlueprints response, with every field its schema requires. */
export function blueprintView(b: Blueprint, callerId: string): Record<string, unknown> {
  const own = b.owner === callerId;
  return {
    BlueprintId: b.id,
    DisplayTitle: b.name,
    DisplayVersion: '',
    Description: b.owner === null ? `${b.osName} public blueprint` : null,
    OsName: b.osName,
    Platform: b.platform,
    PlatformType: b.platformType,
    BlueprintType: viewedBlueprintType(b, callerId),
    ImageUrl: '',
    RequiredSystemDiskSize: 20,
    BlueprintState: b.state,
    CreatedTime: b.createdTime,
    BlueprintName: b.name,
    SupportAutomationTools: true,
    RequiredMemorySize: 1,
    ImageId: b.sourceImageId ?? '',
    CommunityUrl: '',
    GuideUrl: '',
    SceneIdSet: [],
    DockerVersion: null,
    BlueprintShared: own ? b.shares.length > 0 : b.owner !== null,
    Tags: [],
  };
}
