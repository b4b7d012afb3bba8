//! The assignment problem: give each of `n` rows its own one of `m ≥ n`
//! columns at the least total cost (the Hungarian method, in the
//! potentials form of Jonker and Volgenant, O(n²·m)).
//!
//! `gazetteer import` uses it to name GeoNames' first-level division codes
//! after the divisions of a table, each name once (see
//! `gaztools::name_admin1`): a country has at most a few hundred of them,
//! so the cubic cost is a millisecond.

/// For each row of `cost` (`n` rows of `m` columns each, `n ≤ m`, finite
/// costs), the column it takes: distinct columns, the least sum of costs.
/// Ties go the same way on every run.
///
/// ```
/// // Two rows, two columns: crossing is cheaper in total (1 + 2 < 0 + 9).
/// let cost = vec![vec![0.0, 1.0], vec![2.0, 9.0]];
/// assert_eq!(eventmap::assign::least_cost(&cost), vec![1, 0]);
/// ```
pub fn least_cost(cost: &[Vec<f64>]) -> Vec<usize> {
    let n = cost.len();
    if n == 0 {
        return Vec::new();
    }
    let m = cost[0].len();
    assert!(
        n <= m && cost.iter().all(|r| r.len() == m),
        "assign::least_cost: rows must be no more than columns, all of one length"
    );
    // Potentials u (rows) and v (columns), 1-based with a 0th column that
    // stands for "not yet placed"; p[j]: the row in column j; way[j]: the
    // column before j on the shortest augmenting path.
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![f64::INFINITY; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0;
            for j in 1..=m {
                if used[j] {
                    continue;
                }
                let cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                if cur < minv[j] {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if minv[j] < delta {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        // Flip the path back to the start.
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut of_row = vec![0usize; n];
    for j in 1..=m {
        if p[j] != 0 {
            of_row[p[j] - 1] = j - 1;
        }
    }
    of_row
}

#[cfg(test)]
mod tests {
    use super::least_cost;

    /// The least total by trying every assignment, for small tables.
    fn brute(cost: &[Vec<f64>]) -> f64 {
        fn go(cost: &[Vec<f64>], i: usize, used: &mut Vec<bool>) -> f64 {
            if i == cost.len() {
                return 0.0;
            }
            let mut best = f64::INFINITY;
            for j in 0..cost[0].len() {
                if !used[j] {
                    used[j] = true;
                    best = best.min(cost[i][j] + go(cost, i + 1, used));
                    used[j] = false;
                }
            }
            best
        }
        go(cost, 0, &mut vec![false; cost[0].len()])
    }

    #[test]
    fn matches_brute_force() {
        // A fixed pseudo-random sequence (no crate for it): tables of 1–5
        // rows and up to 7 columns.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1000) as f64
        };
        for n in 1..=5 {
            for m in n..=7 {
                for _ in 0..20 {
                    let cost: Vec<Vec<f64>> =
                        (0..n).map(|_| (0..m).map(|_| next()).collect()).collect();
                    let got = least_cost(&cost);
                    let mut cols = got.clone();
                    cols.sort_unstable();
                    cols.dedup();
                    assert_eq!(cols.len(), n, "distinct columns: {got:?}");
                    let total: f64 = got.iter().enumerate().map(|(i, &j)| cost[i][j]).sum();
                    assert_eq!(total, brute(&cost), "{cost:?} gave {got:?}");
                }
            }
        }
    }

    #[test]
    fn empty_and_single() {
        assert!(least_cost(&[]).is_empty());
        assert_eq!(least_cost(&[vec![5.0, 1.0, 3.0]]), vec![1]);
    }
}
