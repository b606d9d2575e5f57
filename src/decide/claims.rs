//! The elements a pass has claimed (hidden, or left to another pass), and the two questions the
//! passes ask of them for every element they look at: is it inside a claimed one, does it hold one.

use crate::model::snapshot::{NodeId, Snapshot};
use rustc_hash::FxHashSet;

/// Up to this many claims, the questions are answered by asking each claim
/// ([`Snapshot::contains`], O(1) on a snapshot in document order); above it, through sets, at the
/// cost of the element's depth. A page with a thousand notices in one block was cubic before.
const FEW: usize = 8;

/// A set of claimed elements (see the module doc).
#[derive(Debug, Default)]
pub struct Claims {
    taken: FxHashSet<NodeId>,
    /// The ancestors of every claimed element.
    above: FxHashSet<NodeId>,
}

impl Claims {
    /// Claims `id`; claiming it again changes nothing.
    pub fn claim(&mut self, snap: &Snapshot, id: NodeId) {
        if !self.taken.insert(id) {
            return;
        }
        for a in snap.ancestors(id) {
            if !self.above.insert(a) {
                break; // its ancestors are in already
            }
        }
    }

    /// Whether `id` is, or is inside, a claimed element.
    pub fn covers(&self, snap: &Snapshot, id: NodeId) -> bool {
        if self.taken.len() <= FEW {
            return self.taken.iter().any(|&t| snap.contains(t, id));
        }
        std::iter::once(id).chain(snap.ancestors(id)).any(|a| self.taken.contains(&a))
    }

    /// Whether `id` is, or holds, a claimed element.
    pub fn holds(&self, id: NodeId) -> bool {
        self.taken.contains(&id) || self.above.contains(&id)
    }
}

// proptest is a native dev-dependency: this module does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::snapshot::{Element, NodeData};
    use proptest::prelude::*;

    /// A snapshot whose node `i` has parent `parents[i]` (an earlier node) or none.
    fn tree(parents: &[Option<prop::sample::Index>]) -> Snapshot {
        let mut s = Snapshot::default();
        for (i, p) in parents.iter().enumerate() {
            let parent = p.filter(|_| i > 0).map(|p| p.index(i));
            s.push(parent, NodeData::Element(Element { tag: "div".into(), ..Default::default() }));
        }
        s
    }

    proptest! {
        /// Both answers equal asking every claim, on either side of `FEW` claims (the snapshot is
        /// in document order or not: a parent may get children after its later siblings').
        #[test]
        fn answers_equal_asking_every_claim(parents in prop::collection::vec(any::<Option<prop::sample::Index>>(), 1..60),
                                            picks in prop::collection::vec(any::<prop::sample::Index>(), 0..20)) {
            let s = tree(&parents);
            let is_or_inside = |a: NodeId, b: NodeId| a == b || s.ancestors(b).any(|x| x == a);
            let mut claims = Claims::default();
            let mut taken = Vec::new();
            for p in picks {
                let t = p.index(s.nodes.len());
                claims.claim(&s, t);
                taken.push(t);
                for id in 0..s.nodes.len() {
                    prop_assert_eq!(claims.covers(&s, id), taken.iter().any(|&t| is_or_inside(t, id)), "covers {}", id);
                    prop_assert_eq!(claims.holds(id), taken.iter().any(|&t| is_or_inside(id, t)), "holds {}", id);
                }
            }
        }
    }
}
