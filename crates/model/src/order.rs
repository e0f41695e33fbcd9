//! Lists put in order in place, without a second copy of their items: a
//! list of large items (findings, claims' records) is sorted through their
//! numbers, 4 bytes each, and then moved into place by swaps.

use std::cmp::Ordering;

/// Puts the item at `order[k]` at `k` for every `k`, in place, by swapping
/// two items with `swap`. `order` must hold each number below its length once.
pub fn permute(mut order: Vec<u32>, mut swap: impl FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut k = start;
        loop {
            let from = order[k] as usize;
            order[k] = k as u32;
            if from == start || from == k {
                break;
            }
            swap(k, from);
            k = from;
        }
    }
}

/// Sorts `items` as `slice::sort_by` does (stable: equal items keep their
/// order), without the copy of the items a stable sort takes as room.
pub fn sort_in_place_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if u32::try_from(items.len()).is_err() {
        items.sort_by(compare);
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| compare(&items[a as usize], &items[b as usize]).then(a.cmp(&b)));
    permute(order, |a, b| items.swap(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        permute(vec![3, 0, 4, 1, 2], |a, b| items.swap(a, b));
        assert_eq!(items, vec!['d', 'a', 'e', 'b', 'c']);
        let mut same = vec![1, 2, 3];
        permute(vec![0, 1, 2], |a, b| same.swap(a, b));
        assert_eq!(same, vec![1, 2, 3]);
    }

    #[test]
    fn sorting_in_place_is_stable_as_sort_by_is() {
        // Pairs sorted by their first number only: equal ones keep their order.
        let items: Vec<(u8, u32)> = (0..500u32).map(|i| (((i * 7919) % 13) as u8, i)).collect();
        let mut stable = items.clone();
        stable.sort_by_key(|x| x.0);
        let mut in_place = items;
        sort_in_place_by(&mut in_place, |x, y| x.0.cmp(&y.0));
        assert_eq!(in_place, stable);
    }
}
