/**
 * Password rules after NIST SP 800-63B: length, not composition. A password that is only
 * a well-known password or word, perhaps repeated or with digits and symbols around it, is refused.
 */
export const MIN_LENGTH = 15;
export const MAX_LENGTH = 128;

// Passwords and words that top every breach list, and words an attacker would try first here.
const COMMON = new Set(
  (
    "password passw0rd qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm letmein welcome iloveyou " +
    "monkey dragon football baseball soccer hockey master shadow sunshine princess starwars " +
    "superman batman trustno1 whatever freedom charlie michael jennifer jordan hunter ranger " +
    "buster thomas robert daniel andrew joshua george summer winter spring autumn flower " +
    "cheese computer internet secret access admin administrator login changeme default " +
    "abc abcdef abcdefg abcdefgh test tester testing guest user root hello hellothere " +
    "lovely loveme iloveu babygirl angel killer pepper ginger cookie chocolate banana " +
    "orange purple silver golden diamond maggie lucky liverpool chelsea arsenal manchester " +
    "united england london peterborough council chorus children social worker care " +
    "qazwsx qazwsxedc zaq12wsx 1q2w3e4r 1qaz2wsx q1w2e3r4 aaaaaa abc123 passwordpassword"
  ).split(" "),
);

/** The reason a password is refused, in words a member of staff can act on; undefined if fine. */
export function passwordProblem(password: string, email?: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_LENGTH) {
    return `Use at least ${MIN_LENGTH} characters. A few unrelated words make a strong, memorable password.`;
  }
  if (length > MAX_LENGTH) return `Use at most ${MAX_LENGTH} characters.`;
  const core = password.toLowerCase().replace(/[^a-z]/g, "");
  if (core.length === 0 || isRepetition(password.toLowerCase())) {
    return "That password is too easy to guess: avoid repeated characters or sequences.";
  }
  if (COMMON.has(core) || isRepeatedCommon(core)) {
    return "That password is on lists of passwords attackers try first. Choose another.";
  }
  const local = email
    ?.split("@")[0]
    ?.toLowerCase()
    .replace(/[^a-z]/g, "");
  if (local && local.length >= 4 && core.includes(local)) {
    return "Don't use your e-mail address in your password.";
  }
  return undefined;
}

/** True for a short pattern repeated ("abcabcabc…", "111111…") or a run such as "123456789…". */
function isRepetition(text: string): boolean {
  for (let size = 1; size <= 4; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return true;
    }
  }
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    run = step === 1 || step === -1 ? run + 1 : 1;
    if (run === text.length) return true;
  }
  return false;
}

function isRepeatedCommon(core: string): boolean {
  for (const word of COMMON) {
    if (word.length >= 3 && core.length % word.length === 0) {
      if (word.repeat(core.length / word.length) === core) return true;
    }
  }
  return false;
}
