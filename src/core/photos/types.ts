import type { ImageInfo } from "./jpeg-info";
import type { PhotoName } from "./photo-name";

/** One file of the picked folder or zip: its path inside it ("一年级/1班/…jpg") and its bytes. */
export interface PhotoEntry {
  path: string;
  bytes: Uint8Array;
}

/** A student on the roster, where the roster shows them. */
export interface RosterStudent {
  /** the ID number as the roster has it, cleaned of spaces and a lower-case x; "" when there is none */
  id: string;
  name: string;
  grade: string;
  className: string;
  sheet: string;
  /** 1-based sheet row */
  row: number;
}

export type PhotoProblemCode =
  | "photo/not-jpeg"
  | "photo/corrupt"
  | "photo/truncated"
  | "photo/too-large"
  | "photo/name-fixable"
  | "photo/name-invalid"
  | "photo/not-on-roster"
  | "photo/same-image"
  | "photo/same-student"
  | "photo/too-small"
  | "photo/aspect"
  | "photo/landscape"
  | "photo/exif-rotated"
  | "photo/not-colour"
  | "photo/shrunk";

export type Severity = "error" | "warning" | "fix";

export interface PhotoProblem {
  code: PhotoProblemCode;
  severity: Severity;
  params: Record<string, string | number>;
}

/** What one photo file is and what is wrong with it. */
export interface CheckedPhoto {
  path: string;
  fileName: string;
  size: number;
  name: PhotoName;
  image: ImageInfo;
  problems: PhotoProblem[];
  /** the roster's student this photo is for */
  student?: RosterStudent;
  /** the path in a corrected copy ("一年级/110105….jpg"); null when it must not go into one (see problems) */
  copyAs: string | null;
}

/** A file that is no photo (a spreadsheet, Thumbs.db, a macOS "._" file): it does not belong in the upload zip. */
export interface OtherFile {
  path: string;
  size: number;
  system: boolean;
}

export interface PhotoCheck {
  photos: CheckedPhoto[];
  others: OtherFile[];
  /** roster students with no photo file at all; only with a roster */
  missing: RosterStudent[];
  /** groups of photos with the same bytes */
  sameImage: string[][];
  roster: { students: number } | null;
  counts: {
    photos: number;
    ok: number;
    errors: number;
    warnings: number;
    fixable: number;
    missing: number;
    copied: number;
  };
}
