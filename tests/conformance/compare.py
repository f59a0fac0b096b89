"""Tolerant comparison of a conformance script's output with its golden.

``compare_outputs(expected, actual)`` splits both texts into lines and each line
into tokens, then compares them token by token:

* Numeric tokens (ints, decimals, ``%.8e`` forms, ``nan``/``inf``, with an
  optional sign) match when ``|a - b| <= atol + rtol * |b|`` (``b`` expected).
  Two NaNs match whatever their sign; infinities must have the same sign.
  With ``check_format`` (the default) both tokens must also have the same
  written form: integer (``3``), decimal (``3.``/``0.5``), or exponent with the
  same number of mantissa digits (``%.8e`` vs ``%.4e``), so that a Tensor repr
  printed as ``1.0`` instead of ``1.00000000e+00`` is still reported.
* Every other token (words such as dtype names, brackets, commas, ``=`` ...)
  must be identical.
* Whitespace is significant between non-numeric tokens, where a run of
  spaces/tabs counts as one space.  Whitespace next to a numeric token is
  ignored, because padding there depends on the values (sign columns,
  right-aligned ``nan``, numpy's column widths).

Numbers glued to letters (``Float32``, ``x1``) or dotted names
(``seq.0.weight``) are part of a word and compared exactly.
"""
import math
import re
import sys

__all__ = ["compare_outputs", "tokenize"]

_WORD = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*"
_NUM = (r"(?<![A-Za-z0-9_.])[+-]?(?:"
        r"(?:nan|inf)(?![A-Za-z0-9_])"
        r"|(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?(?![A-Za-z_])"
        r")")
_TOKEN_RE = re.compile(r"(?P<num>%s)|(?P<word>%s)|(?P<ws>\s+)|(?P<punct>.)" % (_NUM, _WORD))

NUM, WORD, WS, PUNCT = "num", "word", "ws", "punct"


def tokenize(line):
    """Tokens of one line as (kind, text) pairs, whitespace normalised.

    Whitespace adjacent to a numeric token is dropped; any other run of
    whitespace becomes a single ``" "`` token.
    """
    raw = [(m.lastgroup, m.group()) for m in _TOKEN_RE.finditer(line)]
    out = []
    for i, (kind, text) in enumerate(raw):
        if kind == WS:
            prev_num = i > 0 and raw[i - 1][0] == NUM
            next_num = i + 1 < len(raw) and raw[i + 1][0] == NUM
            if prev_num or next_num:
                continue
            out.append((WS, " "))
        else:
            out.append((kind, text))
    return out


def _num_value(text):
    return float(text)


def _num_form(text):
    """The written form of a numeric token, used by check_format."""
    t = text.lstrip("+-").lower()
    if t in ("nan", "inf"):
        return "special"
    if "e" in t:
        mant = t.split("e")[0]
        digits = len(mant.split(".")[1]) if "." in mant else 0
        return "exp%d" % digits
    if "." in t:
        return "decimal"
    return "int"


def _numbers_match(exp_text, act_text, rtol, atol, check_format):
    a, b = _num_value(act_text), _num_value(exp_text)
    if check_format and _num_form(exp_text) != _num_form(act_text):
        return False
    if math.isnan(b) or math.isnan(a):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(b) or math.isinf(a):
        return a == b
    return abs(a - b) <= atol + rtol * abs(b)


def _show(tok):
    return repr(tok[1]) if tok is not None else "<end of line>"


def _compare_line(n, exp_line, act_line, rtol, atol, check_format):
    et, at = tokenize(exp_line), tokenize(act_line)
    for i in range(max(len(et), len(at))):
        e = et[i] if i < len(et) else None
        a = at[i] if i < len(at) else None
        if e is not None and a is not None:
            if e[0] == NUM and a[0] == NUM:
                if _numbers_match(e[1], a[1], rtol, atol, check_format):
                    continue
                why = "number differs"
                if check_format and _num_form(e[1]) != _num_form(a[1]):
                    why = "number format differs"
                return ("line %d, token %d: %s: expected %s, got %s\n  expected: %s\n  actual:   %s"
                        % (n, i + 1, why, _show(e), _show(a), exp_line, act_line))
            if e == a:
                continue
        return ("line %d, token %d: expected %s, got %s\n  expected: %s\n  actual:   %s"
                % (n, i + 1, _show(e), _show(a), exp_line, act_line))
    return None


def compare_outputs(expected, actual, rtol=1e-5, atol=1e-6, check_format=True):
    """Human-readable differences between two outputs; an empty list when they match."""
    exp_lines = expected.splitlines()
    act_lines = actual.splitlines()
    diffs = []
    for n in range(min(len(exp_lines), len(act_lines))):
        d = _compare_line(n + 1, exp_lines[n], act_lines[n], rtol, atol, check_format)
        if d:
            diffs.append(d)
    if len(act_lines) < len(exp_lines):
        missing = exp_lines[len(act_lines):]
        diffs.append("output ends after %d lines; %d expected line(s) missing, first: %r"
                     % (len(act_lines), len(missing), missing[0]))
    elif len(act_lines) > len(exp_lines):
        extra = act_lines[len(exp_lines):]
        diffs.append("%d unexpected extra line(s) after line %d, first: %r"
                     % (len(extra), len(exp_lines), extra[0]))
    return diffs


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print("usage: python compare.py EXPECTED_FILE ACTUAL_FILE", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        expected = f.read()
    with open(argv[1], encoding="utf-8") as f:
        actual = f.read()
    diffs = compare_outputs(expected, actual)
    for d in diffs:
        print(d)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
