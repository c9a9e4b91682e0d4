export { AUTH_COOKIE_PREFIX, SESSION_COOKIE_NAMES } from "./cookies";
export { safeNextPath, signInPath } from "./nextPath";
export {
  AVATAR_COLORS,
  avatarColorSchema,
  defaultAvatarColor,
  displayNameSchema,
  emailSchema,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordSchema,
} from "./profile";
export {
  type ApiTokenInfo,
  looksLikeTokenSecret,
  MAX_TOKEN_NAME_LENGTH,
  TOKEN_PREFIX,
  TOKEN_SECRET_PATTERN,
  tokenNameSchema,
} from "./tokens";
