/** 学籍照片 check (`xueji photos`, the browser page's 照片 tab): pure, bytes in, findings out. */
export { checkPhotos, markShrunk, shrinkable, type PhotoCheckOptions } from "./check-photos";
export { imageInfo, type ImageInfo } from "./jpeg-info";
export { readPhotoName, type PhotoName } from "./photo-name";
export { readRoster, type RosterRead } from "./roster";
export { missingPhotoText, PHOTO_SOURCE, photoProblemText, SEVERITY_WORDS, type PhotoProblemText } from "./messages";
export type * from "./types";
