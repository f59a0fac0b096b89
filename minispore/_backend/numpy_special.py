"""Vectorised erf, erfc and erfinv in NumPy, accurate to float64 rounding."""
import numpy as np

# W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
# (1969): erf on |x| <= 0.46875, erfc on 0.46875 < |x| <= 4 and on |x| > 4. Each row pair is
# (numerator, denominator) in Horner order; both are evaluated in one pass (see _ratio).
_SMALL_PQ = np.array([[0.185777706184603153, 3.1611237438705656, 113.864154151050156,
                       377.485237685302021, 3209.37758913846947],
                      [1.0, 23.6012909523441209, 244.024637934444173, 1282.61652607737228,
                       2844.23683343917062]])
_MID_PQ = np.array([[2.15311535474403846e-8, 0.564188496988670089, 8.88314979438837594,
                     66.1191906371416295, 298.635138197400131, 881.95222124176909,
                     1712.04761263407058, 2051.07837782607147, 1230.33935479799725],
                    [1.0, 15.7449261107098347, 117.693950891312499, 537.181101862009858,
                     1621.38957456669019, 3290.79923573345963, 4362.61909014324716,
                     3439.36767414372164, 1230.33935480374942]])
_TAIL_PQ = np.array([[0.0163153871373020978, 0.305326634961232344, 0.360344899949804439,
                      0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4],
                     [1.0, 2.56852019228982242, 1.87295284992346047, 0.527905102951428412,
                      0.0605183413124413191, 0.00233520497626869185]])
_SQRT_1_PI = 0.56418958354775628695
_TWO_SQRT_1_PI = 1.1283791670955125739
_SQRT_PI = 1.7724538509055160273
_SMALL = 0.46875


def _ratio(pq, t):
    """P(t) / Q(t) for the coefficient rows `pq`, one Horner pass over both (half the calls)."""
    acc = pq[:, :1] * t
    for c in pq[:, 1:-1].T:
        acc += c[:, None]
        acc *= t
    acc += pq[:, -1:]
    return acc[0] / acc[1]


def _erf_small(x):
    """erf(x) for |x| <= 0.46875."""
    return x * _ratio(_SMALL_PQ, x * x)


def _erfc_large(y):
    """erfc(y) for y > 0.46875 (nan stays nan)."""
    y = np.minimum(y, 30.0)                  # erfc underflows to 0 before 27
    mid = y <= 4.0
    if mid.all():
        out = _ratio(_MID_PQ, y)
    else:
        out = np.empty_like(y)
        out[mid] = _ratio(_MID_PQ, y[mid])
        tail = ~mid
        yt = y[tail]
        z = 1.0 / (yt * yt)
        out[tail] = (_SQRT_1_PI - z * _ratio(_TAIL_PQ, z)) / yt
    # exp(-y*y) without the rounding error of y*y: y = y16 + (y - y16), y16 on a 1/16 grid
    y16 = np.trunc(y * 16.0) / 16.0
    out *= np.exp(-y16 * y16)
    out *= np.exp((y16 - y) * (y + y16))
    return out


def _on_float64(fn):
    """`fn` of a flat float64 array as a kernel: any shape, float results in the input's float
    type (Float32 for ints and bools)."""
    def impl(x):
        x = np.asarray(x)
        dtype = x.dtype if x.dtype.kind == 'f' else np.dtype(np.float32)
        out = fn(x.astype(np.float64).reshape(-1)).reshape(x.shape)
        return out if dtype == np.float64 else out.astype(dtype)
    return impl


def _erf(x):
    small = np.abs(x) <= _SMALL
    if small.all():
        return _erf_small(x)
    out = np.empty_like(x)
    out[small] = _erf_small(x[small])
    big = ~small
    xb = x[big]
    e = (0.5 - _erfc_large(np.abs(xb))) + 0.5
    out[big] = np.where(xb < 0, -e, e)
    return out


def _erfc(x):
    small = np.abs(x) <= _SMALL
    out = np.empty_like(x)
    out[small] = 1.0 - _erf_small(x[small])
    big = ~small
    xb = x[big]
    r = _erfc_large(np.abs(xb))
    out[big] = np.where(xb < 0, 2.0 - r, r)
    return out


# M. Giles, "Approximating the erfinv function" (GPU Computing Gems, 2011): single precision
# polynomials in w = -log(1 - y*y), the starting point of the Halley steps below.
_W_CENTRAL = (2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
              -0.00125372503, -0.00417768164, 0.246640727, 1.50140941)
_W_TAIL = (-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
           -0.0076224613, 0.00943887047, 1.00167406, 2.83297682)


def _polyval(coefs, w):
    p = np.full_like(w, coefs[0])
    for c in coefs[1:]:
        p = p * w + c
    return p


def _erfinv(y):
    a = np.abs(y)
    inside = a < 1.0                         # False for |y| >= 1 and nan
    ai = a[inside]
    w = -np.log((1.0 - ai) * (1.0 + ai))
    central, far = w < 5.0, w >= 16.0
    mid = ~(central | far)
    x = np.empty_like(ai)
    x[central] = _polyval(_W_CENTRAL, w[central] - 2.5) * ai[central]
    x[mid] = _polyval(_W_TAIL, np.sqrt(w[mid]) - 3.0) * ai[mid]
    # beyond float32's range: erfc(x) ~ exp(-x*x) / (x sqrt(pi)) solved for x*x
    big = -np.log((1.0 - ai[far]) * _SQRT_PI)
    x[far] = np.sqrt(big - 0.5 * np.log(big))
    # Halley steps on g(x) = erf(x) - a, with g = (1 - a) - erfc(x) where erf(x) is near 1
    # (1 - a is exact there); g'' = -2x g' makes the step g / (g' + x g).
    c = 1.0 - ai
    for _ in range(2):
        small = x <= _SMALL
        g = np.empty_like(x)
        g[small] = _erf_small(x[small]) - ai[small]
        g[~small] = c[~small] - _erfc_large(x[~small])
        x -= g / (_TWO_SQRT_1_PI * np.exp(-x * x) + x * g)
    out = np.where(a == 1.0, np.inf, np.nan)
    out[inside] = x
    return np.copysign(out, y)


erf = _on_float64(_erf)
erfc = _on_float64(_erfc)
erfinv = _on_float64(_erfinv)
