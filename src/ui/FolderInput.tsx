import type { ChangeEvent, MutableRefObject } from "react";

export interface FolderInputProps {
  /** set to the input, so a button can open the folder picker */
  inputRef: MutableRefObject<HTMLInputElement | null>;
  className?: string;
  testId: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}

/** A hidden file input that picks a whole folder, sub-folders included. */
export function FolderInput({ inputRef, className, testId, onChange }: FolderInputProps) {
  return (
    <input
      ref={(el) => {
        inputRef.current = el;
        // React has no prop for these; set them on the element
        el?.setAttribute("webkitdirectory", "");
        el?.setAttribute("directory", "");
      }}
      className={className}
      type="file"
      multiple
      data-testid={testId}
      onChange={onChange}
    />
  );
}
