"""MindSpore's reverse-mode API: grad, value_and_grad, GradOperation and get_grad."""
from .._core.primitive import bind_under, current, set_current
from ..common.parameter import Parameter
from ..common.tensor import Tensor
from ..ops import functional as F
from ..ops import primitives as P
from .tape import Tape


# ---- the one reverse-mode driver every API below shares ----
def _flatten(out):
    """The Tensors of a (nested) tuple/list output, in order."""
    if isinstance(out, Tensor):
        return [out]
    if isinstance(out, (tuple, list)):
        return [t for o in out for t in _flatten(o)]
    return []


def differentiate(fn, args, kwargs, positions, weights, has_aux=False, sens=None):
    """Run `fn(*args, **kwargs)` and differentiate it in reverse mode.

    Args:
        positions: indices of the Tensor arguments to differentiate.
        weights: Parameters to differentiate (those with requires_grad=False get zeros).
        has_aux: differentiate only the first output; the others are returned as they are
            (an outer transformation still differentiates them).
        sens: cotangents of the outputs (a Tensor, or a tuple with one per output); ones
            when None, so every output is summed.

    Returns:
        (out, position_grads, weight_grads): the output and two lists.
    """
    tape = Tape(current())
    args = list(args)
    # One leaf per object (a Tensor passed twice gets the total gradient). A leaf is a fresh
    # alias when an outer transformation may see the argument, or when it is also among the
    # weights; otherwise the argument itself serves.
    alias, weight_ids = {}, {id(w) for w in weights}
    for i in positions:
        a = args[i]
        if id(a) not in alias:
            fresh = tape.parent is not None or id(a) in weight_ids
            alias[id(a)] = bind_under(tape.parent, P.identity_p, a) if fresh else a
    leaves = [alias[id(args[i])] for i in positions]
    for i, leaf in zip(positions, leaves):
        args[i] = leaf
    tracked = tape.tracked
    tracked.update(map(id, leaves))
    tracked.update(id(w) for w in weights if w.requires_grad)
    prev = set_current(tape)
    try:
        out = fn(*args, **kwargs)
    finally:
        set_current(prev)
    if has_aux:
        if not isinstance(out, tuple) or len(out) < 2:
            raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
        diff_outs = _flatten(out[0])
    else:
        diff_outs = _flatten(out)
    if sens is None:
        cts = [F.ones_like(o) for o in diff_outs]
    else:
        cts = _flatten(sens)
        if len(cts) != len(diff_outs):
            raise ValueError(f"The sens must have one Tensor per output of the function: "
                             f"got {len(cts)} for {len(diff_outs)} outputs.")
    ct_of = tape.backward(diff_outs, cts)
    resolve = tape.resolve          # the objects that item assignment left the inputs' values in
    prev = set_current(tape.parent)
    try:
        return (out, [_grad_of(resolve(leaf), ct_of) for leaf in leaves],
                [_grad_of(resolve(w), ct_of) if w.requires_grad else F.zeros_like(w)
                 for w in weights])
    finally:
        set_current(prev)


def _grad_of(x, ct_of):
    ct = ct_of.get(id(x))
    if ct is None:
        return F.zeros_like(x)
    return ct if ct._data.dtype == x._data.dtype else F.cast(ct, x.dtype)


# ---- argument handling ----
def _check_grad_position(grad_position):
    if isinstance(grad_position, bool) or not isinstance(grad_position, (int, tuple)):
        raise TypeError("For 'F.grad', the 'grad_position' must be int or tuple.")
    if isinstance(grad_position, int):
        if grad_position < 0:
            raise ValueError("grad_position must be >= 0.")
        return grad_position
    for p in grad_position:
        if isinstance(p, bool) or not isinstance(p, int):
            raise TypeError("For 'F.grad', the element in 'grad_position' must be int.")
        if p < 0:
            raise ValueError("The element in grad_position must be >= 0.")
    if len(set(grad_position)) != len(grad_position):
        raise ValueError("There are duplicate positions in `grad_position`, please check it")
    return grad_position


def _check_bool(name, value, owner='_Grad'):
    if not isinstance(value, bool):
        raise TypeError(f"For '{owner}', the '{name}' should be bool, but got "
                        f"{type(value).__name__}")


def _weights_list(weights):
    if weights is None:
        return []
    if isinstance(weights, Tensor):
        return [weights]
    weights = list(weights)
    for w in weights:
        if not isinstance(w, Tensor):
            raise TypeError(f"The 'weights' must be a Parameter, a list or tuple of Parameters "
                            f"or a ParameterTuple, but it contains {type(w).__name__}.")
    return weights


def _tensor_positions(positions, args):
    for p in positions:
        if p >= len(args):
            raise RuntimeError(f"Position index {p} is exceed input size.")
    return [p for p in positions if isinstance(args[p], Tensor)]


def _split_sens(args, kwargs, sens_param):
    if not sens_param:
        return args, kwargs, None
    if 'sens' in kwargs:
        kwargs = dict(kwargs)
        return args, kwargs, kwargs.pop('sens')
    if not args:
        raise TypeError("With sens_param=True, the sens must be passed as the last positional "
                        "argument (or as sens=...).")
    return args[:-1], kwargs, args[-1]


def _with_ids(ids, grads):
    return [(i, g) for i, g in zip(ids, grads)]


def _pack(grads, single):
    """A bare gradient for a single request, else a tuple."""
    if single and len(grads) == 1:
        return grads[0]
    return tuple(grads)


# ---- public API ----
class _Grad:
    """The function `grad`/`value_and_grad` return: differentiate `fn` when called."""

    def __init__(self, fn, grad_position, weights, has_aux, return_ids, sens_param, get_value):
        _check_bool('has_aux', has_aux)
        self.fn, self.grad_position, self.has_aux = fn, grad_position, has_aux
        self.weights_arg, self.weights = weights, _weights_list(weights)
        self.return_ids, self.sens_param, self.get_value = return_ids, sens_param, get_value

    def __call__(self, *args, **kwargs):
        args, kwargs, sens = _split_sens(args, kwargs, self.sens_param)
        gp = self.grad_position
        if gp == ():
            raise RuntimeError("grad_position should not be empty when grad by position!")
        requested = [] if gp is None else [gp] if isinstance(gp, int) else list(gp)
        positions = _tensor_positions(requested, args)
        out, pos_grads, w_grads = differentiate(self.fn, args, kwargs, positions, self.weights,
                                                self.has_aux, sens)
        if self.return_ids:
            pos_grads = _with_ids(positions, pos_grads)
            w_grads = _with_ids([w.name for w in self.weights], w_grads)
        single_w = isinstance(self.weights_arg, Tensor)
        if gp is None:
            grads = _pack(w_grads, single_w)
        elif self.weights_arg is None:
            grads = _pack(pos_grads, True)
        else:
            grads = (_pack(pos_grads, True), _pack(w_grads, single_w))
        if self.has_aux and not self.get_value:
            return grads, tuple(out[1:])
        return (out, grads) if self.get_value else grads


def grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False, sens_param=False):
    """A function computing the gradient of `fn` with respect to inputs and/or Parameters.

    Args:
        fn: a function or Cell.
        grad_position: index (int) or indices (tuple) of the inputs to differentiate, or None.
        weights: a Parameter, a list of Parameters or a ParameterTuple, or None.
        has_aux: when True only the first output is differentiated; the rest is returned.
        return_ids: pair each gradient with its position or Parameter name.
        sens_param: the last argument is the cotangent of the output(s) (default: ones).

    Returns:
        A function returning, for one requested position, the bare gradient; for several, a
        tuple; with weights, `(position_grads, weight_grads)`; with has_aux, `(grads, aux)`.

    Example:
        >>> def f(x, y): return x * y
        >>> mindspore.grad(f, (0, 1))(Tensor([2.]), Tensor([3.]))
        (Tensor(shape=[1], dtype=Float32, value= [ 3.00000000e+00]),
         Tensor(shape=[1], dtype=Float32, value= [ 2.00000000e+00]))
    """
    return _make_grad(fn, grad_position, weights, has_aux, return_ids, sens_param, False)


def value_and_grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False,
                   sens_param=False):
    """Like `grad`, but the function returns `(value, grads)`, `value` being fn's full output.

    Example:
        >>> loss, g = mindspore.value_and_grad(lambda x: (x * x).sum())(Tensor([1., 2.]))
        >>> g
        Tensor(shape=[2], dtype=Float32, value= [ 2.00000000e+00,  4.00000000e+00])
    """
    return _make_grad(fn, grad_position, weights, has_aux, return_ids, sens_param, True)


def _make_grad(fn, grad_position, weights, has_aux, return_ids, sens_param, get_value):
    if grad_position is None and weights is None:
        raise ValueError("`grad_position` and `weight` can not be None at the same time.")
    if grad_position is not None:
        grad_position = _check_grad_position(grad_position)
    return _Grad(fn, grad_position, weights, has_aux, return_ids, sens_param, get_value)


def get_grad(gradients, identifier):
    """The gradient for `identifier` (a position or a Parameter) in a `return_ids` result.

    Example:
        >>> def f(x, y): return x * y
        >>> res = mindspore.grad(f, (0, 1), return_ids=True)(Tensor([2.]), Tensor([3.]))
        >>> mindspore.get_grad(res, 1)   # the gradient of y
        Tensor(shape=[1], dtype=Float32, value= [ 2.00000000e+00])
    """
    key = identifier.name if isinstance(identifier, Parameter) else identifier
    found = _find_id(gradients, key)
    if found is None:
        raise RuntimeError(f"Can not find the gradient for position or Parameter {key!r}: "
                           f"pass a result of grad(..., return_ids=True).")
    return found


def _find_id(tree, key):
    if isinstance(tree, tuple):
        if len(tree) == 2 and isinstance(tree[1], Tensor) and isinstance(tree[0], (int, str)) \
                and not isinstance(tree[0], bool):
            return tree[1] if tree[0] == key and type(tree[0]) is type(key) else None
        for t in tree:
            found = _find_id(t, key)
            if found is not None:
                return found
    return None


class GradOperation:
    """MindSpore's higher-order gradient operation: `GradOperation(...)(fn[, weights])`.

    Args:
        get_all: differentiate every input (always a tuple); default: the first input only.
        get_by_list: differentiate the Parameters given as `weights`.
        sens_param: the last positional argument (or `sens=`) is the output cotangent.

    Example:
        >>> ops.GradOperation(get_all=True)(lambda x, y: x * y)(Tensor([2.]), Tensor([3.]))
        (Tensor(shape=[1], dtype=Float32, value= [ 3.00000000e+00]),
         Tensor(shape=[1], dtype=Float32, value= [ 2.00000000e+00]))
    """

    def __init__(self, get_all=False, get_by_list=False, sens_param=False):
        for name, value in (('get_all', get_all), ('get_by_list', get_by_list),
                            ('sens_param', sens_param)):
            _check_bool(name, value, 'GradOperation')
        self.get_all, self.get_by_list, self.sens_param = get_all, get_by_list, sens_param

    def __call__(self, fn, weights=None):
        weights_list = _weights_list(weights) if self.get_by_list else []

        def after_grad(*args, **kwargs):
            args, kwargs, sens = _split_sens(args, kwargs, self.sens_param)
            tensors = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
            positions = tensors if self.get_all else [i for i in tensors if i == 0]
            _, pos_grads, w_grads = differentiate(fn, args, kwargs, positions, weights_list,
                                                  False, sens)
            w_part = _pack(w_grads, isinstance(weights, Tensor))
            if self.get_all:
                return (tuple(pos_grads), w_part) if self.get_by_list else tuple(pos_grads)
            if self.get_by_list:
                return w_part
            return _pack(pos_grads, True)
        return after_grad
