"""`mindspore.jit`: accepted with MindSpore 2.10's signature; the function runs eagerly."""
import functools


def jit(function=None, *, capture_mode='ast', jit_level='O0', dynamic=0, fullgraph=False,
        backend='', **options):
    """Decorator compiling `function` in MindSpore; here it runs eagerly with the same results.

    Example:
        >>> @mindspore.jit
        ... def f(x): return x * 2
        >>> f(Tensor([1.5]))
        Tensor(shape=[1], dtype=Float32, value= [ 3.00000000e+00])
    """
    def wrap(fn):
        @functools.wraps(fn)
        def run(*args, **kwargs):
            return fn(*args, **kwargs)
        return run
    return wrap(function) if function is not None else wrap
