"""mindspore.ops: functional ops, random ops and the autodiff entry points."""
from .functional import *  # noqa: F401,F403
from .functional import (abs, all, any, max, min, pow, sum)  # noqa: F401  (shadow builtins)
from .math_func import *  # noqa: F401,F403
from .array_func import *  # noqa: F401,F403
from .reduction_func import *  # noqa: F401,F403
from .linalg_func import *  # noqa: F401,F403
from .nn_func import *  # noqa: F401,F403
from .conv_func import *  # noqa: F401,F403
from .operations import *  # noqa: F401,F403
from .operations import PrimitiveOp as Primitive  # noqa: F401
from .random import *  # noqa: F401,F403
from .._ad.grad import GradOperation, get_grad, grad, value_and_grad  # noqa: F401
from .._ad.transforms import derivative, jvp, vjp  # noqa: F401
from .._ad.transforms import jet, linearize  # noqa: F401
from .._ad.jacobian import jacfwd, jacrev  # noqa: F401
from .._ad.vmap import vmap  # noqa: F401

from .._core.errors import tensor_arguments as _tensor_arguments  # noqa: E402
from . import (functional, math_func, array_func, reduction_func, linalg_func,  # noqa: E402
               nn_func, conv_func)

_OP_MODULES = {m.__name__ for m in (functional, math_func, array_func, reduction_func,
                                    linalg_func, nn_func, conv_func)}
for _name, _fn in list(globals().items()):       # a list where a Tensor belongs: a TypeError
    if getattr(_fn, '__module__', None) in _OP_MODULES and not _name.startswith('_') \
            and callable(_fn) and not isinstance(_fn, type):
        globals()[_name] = _tensor_arguments(_fn)

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
