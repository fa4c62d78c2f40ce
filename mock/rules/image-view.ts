// A CVM image as DescribeImages shows it to one caller: SHARED_IMAGE when another account shared it with the caller.
import type { CvmImage, ImageType } from '../world/world.ts';

/** The type the caller sees. */
export function viewedImageType(image: CvmImage, callerId: string): ImageType {
  return image.owner === null || image.owner === callerId ? image.type : 'SHARED_IMAGE';
}

/** Whether the caller may see the image: public, its own, or shared with it. */
export function canSeeImage(image: CvmImage, callerId: string): boolean {
  return image.owner === null || image.owner === callerId || image.shares.some((s) => s.accountId === callerId);
}

/** The Image structure of the DescribeImages response, with every field its schema requires. */
export function imageView(i: CvmImage, callerId: string): Record<string, unknown> {
  return {
    ImageId: i.id,
    OsName: i.osName,
    ImageType: viewedImageType(i, callerId),
    // Every DescribeImages example gives the time as +00:00, not the documented Z (doc conflict describe-images-created-time).
    CreatedTime: i.createdTime.replace(/Z$/, '+00:00'),
    ImageName: i.name,
    ImageDescription: i.description,
    ImageSize: i.sizeGb,
    Architecture: i.architecture,
    ImageState: i.state,
    Platform: i.platform,
    ImageCreator: i.owner ?? 'tencent',
    ImageSource: i.source,
    SyncPercent: i.state === 'NORMAL' ? 100 : 0,
    IsSupportCloudinit: i.cloudInit,
    SnapshotSet: [{ SnapshotId: `snap-${i.id.slice(4)}`, DiskUsage: 'SYSTEM_DISK', DiskSize: i.sizeGb }],
    Tags: [],
    LicenseType: i.licenseType,
  };
}
