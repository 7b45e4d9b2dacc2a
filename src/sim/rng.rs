//! The simulator's random numbers: xoshiro256++ (Blackman and Vigna, 2019),
//! seeded through SplitMix64, with the few distributions the model needs.
//!
//! Both algorithms are fixed and published, so a seed gives the same day on every
//! build of frontdesk, whatever crate versions it was built with; that is why they
//! are written out here (some thirty lines) rather than taken from a crate whose
//! value stability may change between releases. Floating-point results rely on
//! the platform's `ln`, `sqrt` and `exp`: the same binary on the same machine
//! always reproduces a run, and every thread count gives identical results.

/// SplitMix64's output function (Steele, Lea and Flood, 2014): a strong 64-bit mix.
fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// A xoshiro256++ generator.
#[derive(Clone, Debug)]
pub struct Rng {
    s: [u64; 4],
    /// The second normal of the last polar-method pair, not yet used.
    spare: Option<f64>,
}

impl Rng {
    /// The generator of one replication: its stream depends on the run's seed and
    /// the replication's index only, never on which thread runs it.
    pub fn for_replication(seed: u64, rep: u64) -> Rng {
        let key = mix64(seed ^ mix64(rep.wrapping_add(GOLDEN)));
        Rng::from_seed(key)
    }

    /// Seeds the four words of state from SplitMix64, as the authors recommend.
    pub fn from_seed(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(GOLDEN);
            mix64(x)
        };
        let mut s = [next(), next(), next(), next()];
        if s == [0; 4] {
            s[0] = 1;
        }
        Rng { s, spare: None }
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform on (0, 1]: never zero, so its logarithm is finite.
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Exponential with the given mean, by inversion.
    #[inline]
    pub fn exp(&mut self, mean: f64) -> f64 {
        -mean * self.uniform().ln()
    }

    /// Standard normal, by Marsaglia's polar method.
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare.take() {
            return z;
        }
        loop {
            let u = 2.0 * self.uniform() - 1.0;
            let v = 2.0 * self.uniform() - 1.0;
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                let f = (-2.0 * s.ln() / s).sqrt();
                self.spare = Some(v * f);
                return u * f;
            }
        }
    }

    /// An index below `n` (n > 0), by Lemire's multiply-shift (bias below 2⁻⁶⁴·n).
    #[inline]
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoshiro_matches_the_reference_output() {
        // The reference implementation (xoshiro256plusplus.c) from state 1, 2, 3, 4.
        let mut r = Rng {
            s: [1, 2, 3, 4],
            spare: None,
        };
        let first: Vec<u64> = (0..4).map(|_| r.next_u64()).collect();
        assert_eq!(
            first,
            vec![41943041, 58720359, 3588806011781223, 3591011842654386]
        );
    }

    #[test]
    fn streams_depend_on_seed_and_replication() {
        let a = Rng::for_replication(1, 0).next_u64();
        let b = Rng::for_replication(1, 1).next_u64();
        let c = Rng::for_replication(2, 0).next_u64();
        assert!(a != b && a != c && b != c);
        assert_eq!(a, Rng::for_replication(1, 0).next_u64());
    }

    #[test]
    fn moments_are_right() {
        let mut r = Rng::from_seed(7);
        let n = 200_000;
        let (mut se, mut sn, mut sn2, mut su) = (0.0, 0.0, 0.0, 0.0);
        for _ in 0..n {
            se += r.exp(4.0);
            let z = r.normal();
            sn += z;
            sn2 += z * z;
            let u = r.uniform();
            assert!(u > 0.0 && u <= 1.0);
            su += u;
        }
        let n = f64::from(n);
        assert!((se / n - 4.0).abs() < 0.05, "{}", se / n);
        assert!((sn / n).abs() < 0.01);
        assert!((sn2 / n - 1.0).abs() < 0.02);
        assert!((su / n - 0.5).abs() < 0.005);
        for _ in 0..1000 {
            assert!(r.below(3) < 3);
        }
    }
}
