/** The organisation's own settings as staff send and read them (valibot only). */
import * as v from "valibot";

/** The largest logo accepted, in bytes of the picture itself (before base64). */
export const MAX_LOGO_BYTES = 100 * 1024;
/** The widest or tallest logo accepted, in pixels: a poster needs no more, a browser no bomb. */
export const MAX_LOGO_PIXELS = 4000;
/** The picture types accepted. SVG is refused: it can carry script. */
export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The council's name as children and the public read it: on posters, reports and shares. */
export const OrgNameSave = v.strictObject({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "Type the council's name."),
    v.maxLength(120, "Keep the name to 120 letters."),
  ),
});
export type OrgNameSave = v.InferOutput<typeof OrgNameSave>;

/**
 * A logo as the admin's browser sends it: the type it says, and the picture in base64. The
 * type and size are checked against the picture itself in `Org.saveLogo`, not believed.
 */
export const LogoUpload = v.strictObject({
  contentType: v.pipe(v.string(), v.maxLength(100)),
  // 100 KB of picture is about 137,000 characters of base64; a little room for padding.
  data: v.pipe(v.string(), v.maxLength(200_000, "The logo must be 100 KB or smaller.")),
});
export type LogoUpload = v.InferOutput<typeof LogoUpload>;

export const LogoView = v.object({
  contentType: v.picklist(LOGO_TYPES),
  bytes: v.number(),
  width: v.number(),
  height: v.number(),
  /** Changes with the picture, so its address can be cached until it does. */
  version: v.string(),
  savedAt: v.string(),
});
export type LogoView = v.InferOutput<typeof LogoView>;

export const OrgSettings = v.object({
  name: v.string(),
  logo: v.nullable(LogoView),
});
export type OrgSettings = v.InferOutput<typeof OrgSettings>;
