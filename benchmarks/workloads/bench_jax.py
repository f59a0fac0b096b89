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

    def conv_loss(x, w):
        p = numpy_math.CONV_PADDING
        y = jax.lax.conv_general_dilated(x, w, (1, 1), ((p, p), (p, p)))  # NCHW, OIHW
        return y.sum()

    def ce_loss(logits, labels):
        logp = jax.nn.log_softmax(logits)
        return -jnp.mean(jnp.take_along_axis(logp, labels[:, None], axis=1))

    def embed_loss(table, idx, weights):
        return (jnp.take(table, idx, axis=0) * weights).sum()

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

    def grad_of(loss, argnums, data):
        def factory(jit=False):
            args = [jnp.asarray(a) for a in data()]
            grad_fn = jax.grad(loss, argnums)
            if jit:
                grad_fn = jax.jit(grad_fn)
            return (lambda: grad_fn(*args)), to_arrays
        return factory

    def w7(name):
        x, y = map(jnp.asarray, _common.w7_data())
        call = {"W7a": lambda: jnp.exp(x), "W7b": lambda: x * y,
                "W7c": lambda: jax.nn.sigmoid(x), "W7d": lambda: jnp.sum(x),
                "W7e": lambda: jnp.mean(x), "W7f": lambda: jnp.amax(x)}[name]
        return call, to_arrays

    w4 = grad_of(conv_loss, (0, 1), _common.w4_data)
    w5 = grad_of(ce_loss, 0, _common.w5_data)
    w6 = grad_of(embed_loss, 0, _common.w6_data)
    workloads = {"W1": w1, "W1_jit": lambda: w1(True), "W2": w2, "W2_jit": lambda: w2(True),
                 "W3": w3, "W3_jit": lambda: w3(True), "W4": w4, "W4_jit": lambda: w4(True),
                 "W5": w5, "W5_jit": lambda: w5(True), "W6": w6, "W6_jit": lambda: w6(True)}
    for name in numpy_math.W7_OPS:  # eager only: the jit of one op is W1_jit's measurement
        workloads[name] = lambda name=name: w7(name)
    return workloads


def versions():
    import jaxlib
    return {"jax": jax.__version__, "jaxlib": jaxlib.__version__}


def info():
    return {"devices": [str(d) for d in jax.devices()]}


if __name__ == "__main__":
    _common.main("jax", build, versions=versions, extra_info=info,
                 sync=lambda r: jax.block_until_ready(r))
