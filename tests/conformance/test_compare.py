"""Unit tests of the conformance output comparator."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "conformance_compare", os.path.join(os.path.dirname(os.path.abspath(__file__)), "compare.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
compare_outputs = _mod.compare_outputs
tokenize = _mod.tokenize

REPR = "Tensor(shape=[3], dtype=Float32, value= [ 1.00000000e+00, -2.50000000e+00,  3.25000000e+00])"


def test_identical_outputs_match():
    text = REPR + "\n[[1. 2.]\n [3. 4.]]\nTrue\n"
    assert compare_outputs(text, text) == []


def test_numbers_within_tolerance_match():
    exp = "loss: 1.3423151 [ 3.26189250e-01]"
    act = "loss: 1.3423157 [ 3.26189260e-01]"
    assert compare_outputs(exp, act) == []


def test_numbers_outside_tolerance_differ():
    diffs = compare_outputs("value= 1.5", "value= 1.6")
    assert len(diffs) == 1 and "number differs" in diffs[0] and "line 1" in diffs[0]


def test_number_format_is_checked():
    exp = "Tensor(shape=[], dtype=Float32, value= [ 1.00000000e+00])"
    assert compare_outputs(exp, exp.replace("1.00000000e+00", "1.0000e+00"))
    assert compare_outputs(exp, exp.replace("1.00000000e+00", "1.0"))
    assert compare_outputs("3", "3.") and compare_outputs("3.", "3")
    assert compare_outputs("3", "3.", check_format=False) == []


def test_words_and_dtypes_must_match_exactly():
    assert compare_outputs("dtype=Float32", "dtype=Float64")
    assert compare_outputs("Parameter (name=w, shape=(2,))", "Parameter (name=v, shape=(2,))")
    assert compare_outputs("seq.0.weight", "seq.1.weight")
    assert compare_outputs("ValueError: bad", "TypeError: bad")


def test_sign_padding_and_column_widths_are_ignored():
    exp = "[ 0.00000000e+00,  1.00000000e+00]"
    act = "[-0.00000000e+00,  1.00000000e+00]"
    assert compare_outputs(exp, act) == []
    assert compare_outputs("[ 3.8211915 -2.994512  -1.932323 ]", "[ 3.8211915  -2.994512 -1.932323]") == []
    assert compare_outputs("[            nan,  1.00000000e+00]", "[ nan, 1.00000000e+00]") == []


def test_spacing_between_words_is_normalised_but_significant():
    assert compare_outputs("a    b", "a b") == []
    assert compare_outputs("a b", "ab")
    assert compare_outputs("value=\n[[1, 2]]", "value= [[1, 2]]")


def test_nan_and_inf():
    assert compare_outputs("nan -nan", "nan nan") == []
    assert compare_outputs("inf", "-inf")
    assert compare_outputs("inf", "1e308")
    assert compare_outputs("nan", "0.0", check_format=False)


def test_missing_and_extra_lines_are_reported():
    diffs = compare_outputs("a\nb\nc\n", "a\nb\n")
    assert len(diffs) == 1 and "missing" in diffs[0] and "'c'" in diffs[0]
    diffs = compare_outputs("a\n", "a\nextra\n")
    assert len(diffs) == 1 and "extra" in diffs[0]


def test_every_differing_line_is_reported():
    diffs = compare_outputs("1\n2\n3\n", "1\n5\n7\n")
    assert len(diffs) == 2 and diffs[0].startswith("line 2") and diffs[1].startswith("line 3")


def test_tolerances_are_parameters():
    assert compare_outputs("100.0", "100.5")
    assert compare_outputs("100.0", "100.5", rtol=1e-2) == []
    assert compare_outputs("0.0", "0.001", atol=0.01) == []


def test_tokenize_classifies_tokens():
    kinds = [k for k, _ in tokenize("x[-1] = Float32 1e-05,nan")]
    assert kinds == ["word", "punct", "num", "punct", "ws", "punct", "ws", "word", "num", "punct", "num"]
    assert ("word", "Int64") in tokenize("dtype=Int64")
