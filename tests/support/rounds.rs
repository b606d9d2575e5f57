//! A run of the engine in layout rounds ([`Run`]), each round's requests answered from a
//! [`Layout`] (the page side answers them from the live page), for native tests and tools.

use sourcelight::engine::run::{Run, Step};
use sourcelight::engine::session::{Env, Outcome, Session};
use sourcelight::engine::Options;
use sourcelight::model::layout::Layout;
use sourcelight::model::snapshot::Snapshot;

/// A fresh session's run over `snap` with the default options, answered from `layout`: the
/// outcome and the number of rounds. Panics when an element is asked for twice.
pub fn in_rounds(snap: &Snapshot, layout: &dyn Layout) -> (Outcome, u32) {
    let mut run = Run::new(snap.clone(), Session::default(), Options::default(), Env::default(), false, layout.viewport());
    let (mut asked, mut rounds) = (rustc_hash::FxHashSet::default(), 0);
    loop {
        rounds += 1;
        match run.step() {
            Step::Need(need) => {
                for id in need {
                    assert!(asked.insert(id), "#{id} asked for twice");
                    run.answer(id, layout.computed(id));
                }
            }
            Step::Done(outcome) => return (*outcome, rounds),
        }
    }
}
