// The content script's side of its port to the background: one port per frame, opened on first
// use and opened again after the background stopped (Chrome stops an idle service worker).
//
// `decide(read, request, seeThrough)` sends a read to the engine and answers its layout questions
// until it resolves to {outcome, session}; `claim(token)` asks whether a child frame's token is
// genuine; SETTINGS and TOKEN messages go to the handlers given to `new Port({settings, token,
// gone})`. When the extension itself is gone (reloaded, updated, removed), `gone()` runs once:
// the page is then the new copy's.

import { api, contextValid } from '../browser.js';
import * as M from '../messages.js';
import { answer, viewport } from './layout.js';

/**
 * What a pending run is rejected with when the background goes away before answering. Not an
 * `Error`: making one captures a stack trace, and at document_start in Chrome that cost 3.9 ms
 * (median over 12 loads of 4 small pages) of every page load, for a value rarely used.
 */
export const DISCONNECTED = Object.freeze({ message: 'the background went away' });

export class Port {
  /** `handlers`: {settings(message), token(token), gone()}. */
  constructor(handlers) {
    this.handlers = handlers;
    this.port = null;
    this.pending = new Map(); // run id → {nodes, resolve, reject}
    this.claims = new Map(); // token → resolve
    this.nextId = 1;
    this.gone = false;
    /** Milliseconds spent answering layout questions (page work), since last taken. */
    this.answerMs = 0;
  }

  /** The layout answering time since the last call, in ms. */
  takeAnswerMs() {
    const ms = this.answerMs;
    this.answerMs = 0;
    return ms;
  }

  send(message) {
    if (this.gone) return;
    if (!this.port) {
      if (!contextValid()) return this.leave();
      this.port = api.runtime.connect({ name: M.PORT });
      this.port.onMessage.addListener((m) => this.receive(m));
      this.port.onDisconnect.addListener(() => this.disconnected());
    }
    this.port.postMessage(message);
  }

  /**
   * Asks the engine to decide on `read` ({packed, nodes}); resolves to {outcome, session}.
   * `seeThrough`: answer layout questions as if Sourcelight's hiding were not there.
   */
  decide(read, request, seeThrough = false) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { nodes: read.nodes, seeThrough, resolve, reject });
      this.send(M.run(id, read.packed, { ...request, viewport: viewport() }));
    });
  }

  /** Whether the background vouches for a notice frame's token. */
  claim(token) {
    return new Promise((resolve) => {
      this.claims.set(token, resolve);
      this.send(M.claimFrame(token));
    });
  }

  receive(m) {
    if (M.is(m, M.SETTINGS)) this.handlers.settings(m);
    else if (M.is(m, M.NEED_LAYOUT)) {
      const p = this.pending.get(m.id);
      if (!p) return;
      const t = performance.now();
      const answers = answer(p.nodes, m.need, p);
      this.answerMs += performance.now() - t;
      this.send(M.layout(m.id, answers));
    } else if (M.is(m, M.OUTCOME) || M.is(m, M.FAILED)) {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (M.is(m, M.OUTCOME)) p?.resolve(m);
      else p?.reject(new Error(m.error));
    } else if (M.is(m, M.TOKEN)) {
      this.handlers.token(m.token);
    } else if (M.is(m, M.CLAIMED)) {
      this.claims.get(m.token)?.(m.ok);
      this.claims.delete(m.token);
    }
  }

  /**
   * Closes the port as the background would: pending runs are rejected with DISCONNECTED and the
   * next message opens a new port. For a page that goes into the back/forward cache: Chrome
   * closes its ports then without telling this side, and messages sent on them are lost.
   */
  drop() {
    if (!this.port) return;
    this.port.disconnect();
    this.disconnected();
  }

  disconnected() {
    this.port = null;
    for (const p of this.pending.values()) p.reject(DISCONNECTED);
    this.pending.clear();
    // A stopped service worker disconnects too; an extension that was reloaded or removed also
    // invalidates this script's context: then the page is left to the new copy.
    if (!contextValid()) this.leave();
  }

  leave() {
    if (this.gone) return;
    this.gone = true;
    this.handlers.gone();
  }
}
