"""JAX (CPU): eager (no jit) and jax.jit variants. Asynchronous dispatch is synchronised
(block_until_ready) at the end of every timing loop."""
import _common
import numpy as np
import numpy_math


def build():
    global jax
    import jax
    import jax.numpy as jnp

    def function(x, y, w, b):
        z = jnp.matmul(x, w) + b
        weight, pos_weight = jnp.ones_like(z), jnp.ones_like(z)
        # BCE with logits: log(1 + exp(-z)) written stably as logaddexp(0, -z)
        return jnp.mean(weight * (pos_weight * y * jnp.logaddexp(0, -z)
                                  + (1 - y) * jnp.logaddexp(0, z)))

    def f(x):
        for _ in range(numpy_math.CYCLES):
            x = jnp.sin(x)
            x = x * numpy_math.SCALE
            x = x + numpy_math.SHIFT
            x = jnp.tanh(x)
            x = jnp.exp(x)
        return x.sum()

    def to_arrays(r):
        return [np.asarray(g) for g in (r if isinstance(r, tuple) else (r,))]

    def w1(jit=False):
        a, b = map(jnp.asarray, _common.w1_data())
        add = jax.jit(lambda a, b: a + b) if jit else None
        return ((lambda: add(a, b)) if jit else (lambda: a + b)), to_arrays

    def w2(jit=False):
        x, y, w, b = map(jnp.asarray, _common.w2_data())
        grad_fn = jax.grad(function, (2, 3))
        if jit:
            grad_fn = jax.jit(grad_fn)
        return (lambda: grad_fn(x, y, w, b)), to_arrays

    def w3(jit=False):
        x = jnp.asarray(_common.w3_data())
        grad_fn = jax.grad(f)
        if jit:
            grad_fn = jax.jit(grad_fn)
        return (lambda: grad_fn(x)), to_arrays

    return {"W1": w1, "W1_jit": lambda: w1(True), "W2": w2, "W2_jit": lambda: w2(True),
            "W3": w3, "W3_jit": lambda: w3(True)}


def versions():
    import jaxlib
    return {"jax": jax.__version__, "jaxlib": jaxlib.__version__}


def info():
    return {"devices": [str(d) for d in jax.devices()]}


if __name__ == "__main__":
    _common.main("jax", build, versions=versions, extra_info=info,
                 sync=lambda r: jax.block_until_ready(r))
