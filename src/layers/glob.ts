/**
 * Compiles the globs of a layer definition into regular expression sources.
 *
 * We write our own compiler instead of using picomatch's `makeRe` because the
 * same source is handed to dependency-cruiser, which refuses any rule whose
 * regex `safe-regex` rejects (star height above one). Every construct here
 * compiles to a single level of repetition, so the output always passes.
 */

export class GlobSyntaxError extends Error {}

const GLOB_CHARS = /[*?[\]{}]/u;

function escapeLiteral(char: string): string {
  return /[\\^$.|+()]/u.test(char) ? `\\${char}` : char;
}

/** The body of a regex (no anchors) for one glob, relative to the project root. */
export function globToRegexBody(glob: string): string {
  if (glob.length === 0) throw new GlobSyntaxError('the pattern is empty');
  if (glob.startsWith('!')) {
    throw new GlobSyntaxError('negated patterns are not supported: list the folders the layer covers');
  }
  if (glob.startsWith('/') || /^[A-Za-z]:/u.test(glob)) {
    throw new GlobSyntaxError('the pattern must be relative to the project root, not absolute');
  }
  if (glob.includes('\\')) throw new GlobSyntaxError('use "/" as the path separator, not "\\"');
  const segments = glob.split('/');
  if (segments.some((s) => s === '..' || s === '.')) {
    throw new GlobSyntaxError('"." and ".." segments are not allowed: patterns are relative to the project root');
  }

  // A plain folder (`src/app` or `src/app/`) covers everything below it.
  if (!GLOB_CHARS.test(glob)) {
    return `${[...glob.replace(/\/$/u, '')].map(escapeLiteral).join('')}(?:/.*)?`;
  }

  let out = '';
  let i = 0;
  let braceDepth = 0;
  while (i < glob.length) {
    const char = glob[i];
    if (char === '*') {
      const isDouble = glob[i + 1] === '*';
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      if (isDouble && atSegmentStart && glob[i + 2] === '/') {
        out += '(?:|.*/)';
        i += 3;
      } else if (isDouble && atSegmentStart && i + 2 === glob.length) {
        out += '.*';
        i += 2;
      } else {
        out += '[^/]*';
        i += isDouble ? 2 : 1;
      }
      continue;
    }
    if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) throw new GlobSyntaxError(`unclosed "[" at position ${i + 1}`);
      const inner = glob.slice(i + 1, close);
      if (inner.includes('/')) throw new GlobSyntaxError('a character class cannot contain "/"');
      out += `[${inner.replace(/^!/u, '^').replace(/\\/gu, '\\\\')}]`;
      i = close + 1;
      continue;
    } else if (char === ']') {
      throw new GlobSyntaxError(`unexpected "]" at position ${i + 1}`);
    } else if (char === '{') {
      if (braceDepth > 0) throw new GlobSyntaxError('nested braces are not supported');
      braceDepth += 1;
      out += '(?:';
    } else if (char === '}') {
      if (braceDepth === 0) throw new GlobSyntaxError(`unexpected "}" at position ${i + 1}`);
      braceDepth -= 1;
      out += ')';
    } else if (char === ',' && braceDepth > 0) {
      out += '|';
    } else if ((char === '(' || char === '|') && /[@!+?*]$/u.test(glob.slice(0, i))) {
      throw new GlobSyntaxError('extended globs such as "@(a|b)" are not supported: use "{a,b}"');
    } else {
      out += escapeLiteral(char);
    }
    i += 1;
  }
  if (braceDepth > 0) throw new GlobSyntaxError('unclosed "{"');
  try {
    new RegExp(out);
  } catch {
    throw new GlobSyntaxError('not a valid pattern (check its character classes)');
  }
  return out;
}

/** A regex body, to be anchored at the project root, matching any of the globs. */
export function globsToRegexBody(globs: readonly string[]): string {
  const bodies = globs.map(globToRegexBody);
  return bodies.length === 1 ? `${bodies[0]}$` : `(?:${bodies.join('|')})$`;
}
