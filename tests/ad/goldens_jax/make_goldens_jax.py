"""JAX's Jacobians and Hessians for tests/ad/test_composition.py, stored in jax_goldens.npz.

Run with an interpreter that has JAX: python tests/ad/goldens_jax/make_goldens_jax.py
Keys: `in:<name>` the inputs; `<case>:o<j>:i<k>` the derivative of output j in argument k (and
`<case>:o<j>:i<k>:i<l>` for Hessians); `<case>:aux<j>` the auxiliary outputs.
"""
import os

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update('jax_enable_x64', True)

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(5)
INPUTS = {
    'x': 0.5 * rng.standard_normal((2, 3)),
    'y': 0.5 * rng.standard_normal(3),
    'z': 0.5 * rng.standard_normal(4),
    'A': rng.standard_normal((30, 100)) / 10,
    'w': rng.standard_normal(100),
}


def multi(x, y, z):
    return jnp.sin(x) * y + (z ** 2).sum(), jnp.tanh(x @ y) * jnp.exp(z[:2])


def scalar3(x, y, z):
    return jnp.log(jnp.exp(x).sum()) * (y ** 2).sum() + (jnp.sin(z) * z).sum() * x.sum()


def with_aux(x, y, z):
    return jnp.sin(x) * y, (x * 2, z + 1)


def with_one_aux(x, y, z):
    return multi(x, y, z)[1], y ** 2


def tanh_square(w, a):
    """sum(tanh(A w))**2 plus a log-sum-exp of a quadratic: 100 inputs."""
    return jnp.tanh(a @ w).sum() ** 2 + jax.nn.logsumexp(0.5 * w ** 2 - w)


# (case, function, argnums, has_aux); the function's outputs are made a tuple below
JACOBIANS = [
    ('multi_p0', multi, (0,), False),
    ('multi_p1', multi, (1,), False),
    ('multi_p02', multi, (0, 2), False),
    ('multi_p20', multi, (2, 0), False),
    ('scalar_p012', scalar3, (0, 1, 2), False),
    ('aux2_p01', with_aux, (0, 1), True),
    ('aux1_p2', with_one_aux, (2,), True),
]
HESSIANS = [
    ('hess_p0', scalar3, (0,)),
    ('hess_p012', scalar3, (0, 1, 2)),
    ('hess_100', tanh_square, (0,)),
]


def as_tuple(out):
    return out if isinstance(out, tuple) else (out,)


def main():
    xyz = tuple(jnp.asarray(INPUTS[k]) for k in 'xyz')
    goldens = {f'in:{k}': v for k, v in INPUTS.items()}
    for case, fn, argnums, has_aux in JACOBIANS:
        for kind in ('jacfwd', 'jacrev'):
            def tupled(*a, fn=fn):
                out = fn(*a)
                return (as_tuple(out[0]), out[1]) if has_aux else as_tuple(out)
            res = getattr(jax, kind)(tupled, argnums, has_aux=has_aux)(*xyz)
            jac, aux = res if has_aux else (res, ())
            for j, row in enumerate(jac):
                for k, block in enumerate(row):
                    goldens[f'{kind}:{case}:o{j}:i{k}'] = np.asarray(block)
            for j, a in enumerate(as_tuple(aux)):
                goldens[f'{kind}:{case}:aux{j}'] = np.asarray(a)
    for case, fn, argnums in HESSIANS:
        args = (jnp.asarray(INPUTS['w']), jnp.asarray(INPUTS['A'])) if case == 'hess_100' else xyz
        hess = jax.hessian(fn, argnums)(*args)
        for k, row in enumerate(hess):
            for m, block in enumerate(row):
                goldens[f'{case}:o0:i{k}:i{m}'] = np.asarray(block)
    np.savez_compressed(os.path.join(HERE, 'jax_goldens.npz'), **goldens)
    print(f'{len(goldens)} arrays, JAX {jax.__version__}')


if __name__ == '__main__':
    main()
