// Jest's test sequencer for StrykerJS's mutant runs (issue 14, stryker.config.mjs). StrykerJS runs
// each mutant with a test-name pattern of the tests that reach it, but jest still loads every test
// file, only to skip the tests in it that do not match: most of a mutant's time went into loading
// twenty files to run one test. This keeps only the files that can hold a test the pattern names.
//
// A file is kept when one of its test or describe titles (the string literals given to
// `describe`, `it`, `test` and `.each(…)(…)`, with `${…}`, `%s` and `$name` as wildcards) ends a
// test ID of the pattern and one begins it. A test ID no file claims keeps every file, and so
// does a file with a title that is no literal: a mistake here can only run more tests, or, at
// worst, fewer, which makes a mutant survive (a lower score), never a higher one.
// Without a pattern (the dry run, a static mutant, or plain jest) every file runs.
const fs = require("node:fs");
const Sequencer = require("@jest/test-sequencer").default;

const TITLE = /(?:(?<![.\w])(?:describe|it|test)(?:\.only|\.skip)?|\))\(\s*(["'`])((?:\\.|(?!\1)[^\\])*?)\1\s*,/g;
const CALL = /(?<![.\w])(?:describe|it|test)(?:\.only|\.skip)?\(\s*([^\s)])/g;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A title as a pattern: literal text, with its interpolations as wildcards. */
function titlePattern(raw) {
  const parts = raw.split(/\$\{[^}]*\}|%[sdifjopn#%]|\$[A-Za-z_][\w.]*/);
  return parts.map((part) => escape(part.replace(/\\(.)/g, "$1"))).join(".*");
}

const byFile = new Map();
function titlesOf(path) {
  const mtime = fs.statSync(path).mtimeMs;
  const cached = byFile.get(path);
  if (cached && cached.mtime === mtime) return cached;
  const source = fs.readFileSync(path, "utf8");
  const titles = [...source.matchAll(TITLE)].map((match) => titlePattern(match[2]));
  // A title that is no literal cannot be matched: such a file always runs.
  const always = [...source.matchAll(CALL)].some((match) => !["\"", "'", "`"].includes(match[1]));
  const entry = {
    mtime,
    always: always || titles.length === 0,
    // A title that starts with a wildcard (`%s`) would claim every ID: it only ends one.
    start: new RegExp(`^(?:${titles.filter((title) => !title.startsWith(".*")).join("|") || "(?!)"})`),
    end: new RegExp(`(?:${titles.join("|")})$`),
  };
  byFile.set(path, entry);
  return entry;
}

/** The test IDs of StrykerJS's pattern `(id1)|(id2)|…`, each escaped for a regular expression. */
function testIds(pattern) {
  const ids = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      current += pattern[i + 1] ?? "";
      i++;
    } else if (char === "(") {
      if (depth > 0) return undefined;
      depth++;
      current = "";
    } else if (char === ")") {
      if (depth !== 1) return undefined;
      depth--;
      ids.push(current);
    } else if (char === "|" && depth === 0) {
      continue;
    } else if (depth === 1) {
      current += char;
    } else {
      return undefined;
    }
  }
  return depth === 0 && ids.length > 0 ? ids : undefined;
}

/** StrykerJS names the active mutant in the environment of the process that runs jest. */
const mutantRun = () => process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined;

/**
 * For a mutant, the quickest files first (by their last duration, else their size): the run stops
 * at its first failing test (test/stryker-bail-environment.js), so a mutant that a quick file
 * kills is not first run through the slow ones. Jest's own order is the slowest first.
 */
function fastestFirst(tests) {
  const cost = (test) => test.duration ?? 1e6 + fs.statSync(test.path).size;
  return [...tests].sort((a, b) => cost(a) - cost(b));
}

class MutantTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options?.globalConfig?.testNamePattern;
  }

  sort(tests) {
    const sorted = mutantRun() ? fastestFirst(super.sort(tests)) : super.sort(tests);
    const ids = this.pattern ? testIds(this.pattern) : undefined;
    if (!ids) return sorted;
    const entries = sorted.map((test) => ({ test, titles: titlesOf(test.path) }));
    const keep = new Set(entries.filter((entry) => entry.titles.always).map((entry) => entry.test));
    for (const id of ids) {
      const claiming = entries.filter((entry) => entry.titles.start.test(id) && entry.titles.end.test(id));
      if (claiming.length === 0) return sorted;
      for (const entry of claiming) keep.add(entry.test);
    }
    return sorted.filter((test) => keep.has(test));
  }
}

module.exports = MutantTestSequencer;
