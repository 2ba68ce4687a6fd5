/** Domain errors of the intake stage: why an input is not an article we can analyse. */

/** Machine-readable intake failure codes, also used as GraphQL `extensions.code`. */
export const INTAKE_ERROR_CODES = [
  "EMPTY_ARTICLE",
  "BINARY_CONTENT",
  "INVALID_ENCODING",
  "ARTICLE_TOO_LARGE",
  "UNSUPPORTED_FORMAT",
  "MALFORMED_JSON",
] as const;

/** One of the intake failure codes. */
export type IntakeErrorCode = (typeof INTAKE_ERROR_CODES)[number];

/** Extra facts about a failure, kept as data so callers can report them without parsing the message. */
export interface IntakeErrorDetails {
  /** 1-based line of a JSONL input, or of the JSON syntax error when known. */
  line?: number;
  /** Raw size of the rejected article in bytes. */
  byteLength?: number;
  /** The size limit that was exceeded. */
  maxBytes?: number;
  /** The file extension that is not supported, with its dot. */
  extension?: string;
}

/** An input rejected by intake; `input` names it (file path, "stdin", "mutation" or "a.jsonl:3"). */
export class IntakeError extends Error {
  override readonly name = "IntakeError";
  readonly code: IntakeErrorCode;
  readonly input: string;
  readonly details: IntakeErrorDetails;

  constructor(
    code: IntakeErrorCode,
    input: string,
    message: string,
    details: IntakeErrorDetails = {},
  ) {
    super(`${input}: ${message}`);
    this.code = code;
    this.input = input;
    this.details = details;
  }
}

/** True when `value` is an IntakeError (type guard for catch blocks). */
export function isIntakeError(value: unknown): value is IntakeError {
  return value instanceof IntakeError;
}
