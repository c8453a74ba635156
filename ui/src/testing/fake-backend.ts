// A fake backend for screen tests in jsdom: it records calls and answers with
// plain data. It tests a screen's own behaviour, not Rust's; the end-to-end
// tests use the real backend. A command it does not define fails loudly
// (`backendFrom`), so a test cannot pass by a screen calling something the
// test never set up.
import type {
  AnswerValue,
  Backend,
  CompareView,
  GroupSummary,
  HistoryItem,
  ImportReport,
  KeptCopyView,
  RequestSummary,
  SituationSummary,
  LiveStatus,
  NetworkAddress,
  WipeSummary,
  ScanView,
  SaveOutcome,
  StartOutcome,
  Startup,
} from "../backend";

export class FakeBackend implements Partial<Backend> {
  saved: [string, AnswerValue][] = [];
  calls: string[] = [];
  language: string = "nl";
  items: HistoryItem[] = [];
  constructor(readonly statements: string[] = []) {}

  async startup(): Promise<Startup> {
    return {
      language: "nl",
      notices: [],
      dataFolder: null,
      instrument: { version: 1, statements: this.statements },
      welcome: null,
    };
  }
  async dismissNotice(file: string | null): Promise<void> {
    this.calls.push(`dismissNotice ${file}`);
  }
  async setLanguage(language: string): Promise<void> {
    this.language = language;
  }
  async currentScan(): Promise<ScanView | null> {
    return null;
  }
  async startScan(): Promise<StartOutcome> {
    return { kind: "started", scan: { assessmentId: "a", instrumentVersion: 2, statements: this.statements, answers: {} } };
  }
  async saveAnswer(_id: string, statementId: string, value: AnswerValue) {
    this.saved.push([statementId, value]);
    return { answered: this.saved.length, total: this.statements.length };
  }
  async discardScan(): Promise<void> {}
  async results() {
    return [];
  }
  copies: KeptCopyView[] = [];
  async keptCopies(): Promise<KeptCopyView[]> {
    return this.copies;
  }
  requestList: RequestSummary[] = [];
  async requests(): Promise<RequestSummary[]> {
    return this.requestList;
  }
  situationList: SituationSummary[] = [];
  async situations(): Promise<SituationSummary[]> {
    return this.situationList;
  }
  async deleteSituation(id: string): Promise<void> {
    this.calls.push(`deleteSituation ${id}`);
    this.situationList = this.situationList.filter((s) => s.id !== id);
  }
  async history(): Promise<HistoryItem[]> {
    this.calls.push("history");
    return this.items.map((i) => ({ ...i }));
  }
  async setLabel(id: string, label: string): Promise<string> {
    this.calls.push(`setLabel ${id} ${label}`);
    return label.trim();
  }
  async deleteResult(id: string): Promise<void> {
    this.calls.push(`deleteResult ${id}`);
    this.items = this.items.filter((i) => i.id !== id);
  }
  async saveReflection(): Promise<void> {}
  async clearGoal(): Promise<void> {}
  async compare(ids: string[]): Promise<CompareView> {
    this.calls.push(`compare ${ids.join(",")}`);
    throw new Error("not in these tests");
  }
  async exportChart(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async saveResultReport(id: string): Promise<SaveOutcome> {
    this.calls.push(`saveResultReport ${id}`);
    return { kind: "saved", file: "rolspiegel-rapport.pdf" };
  }
  async saveCompareReport(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async saveGroupReport(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async exportData(format: string): Promise<SaveOutcome> {
    this.calls.push(`exportData ${format}`);
    return { kind: "saved", file: `rolspiegel.${format}` };
  }
  async exportBackup(): Promise<SaveOutcome> {
    this.calls.push("exportBackup");
    return { kind: "saved", file: "rolspiegel-reservekopie.json" };
  }
  async importData(): Promise<ImportReport | null> {
    return null;
  }
  wipeContents: WipeSummary = {
    results: 0,
    reflections: 0,
    goals: 0,
    scanInProgress: false,
    groups: [],
    situations: [],
    requests: 0,
    copies: 0,
    saved: 0,
    folder: null,
  };
  async wipeSummary(): Promise<WipeSummary> {
    this.calls.push("wipeSummary");
    return { ...this.wipeContents, results: this.items.length };
  }
  async wipe(): Promise<number> {
    this.calls.push("wipe");
    this.items = [];
    return this.wipeContents.copies;
  }
  async groups(): Promise<GroupSummary[]> {
    return [];
  }
  async deleteGroup(): Promise<void> {}
  async addGroupFiles(): Promise<null> {
    return null;
  }
  async setFullscreen(): Promise<void> {}
  async exportGroupChart(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async exportGroupCsv(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async exportAnswerMatrix(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async saveParticipantFile(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async exportGroupFile(): Promise<SaveOutcome> {
    return { kind: "cancelled" };
  }
  async openGroupFile(): Promise<null> {
    return null;
  }
  async liveAddresses(): Promise<NetworkAddress[]> {
    return [];
  }
  /** The open live session, when a test sets one. */
  live: LiveStatus | null = null;
  async liveStatus(): Promise<LiveStatus | null> {
    return this.live;
  }
  async liveRemoveWaiting(): Promise<LiveStatus> {
    this.calls.push("liveRemoveWaiting");
    if (!this.live) throw new Error("no live session");
    const counts = this.live.counts;
    this.live = {
      ...this.live,
      counts: { ...counts, joined: counts.joined - counts.waiting, waiting: 0 },
      devices: this.live.devices.map((d) => ({ ...d, participants: d.participants - d.waiting, waiting: 0 })),
    };
    return this.live;
  }
  async liveBlock(address: string, blocked: boolean): Promise<LiveStatus> {
    this.calls.push(`liveBlock ${address} ${blocked}`);
    if (!this.live) throw new Error("no live session");
    this.live = {
      ...this.live,
      devices: this.live.devices.map((d) => (d.address === address ? { ...d, blocked } : d)),
    };
    return this.live;
  }
  async liveEnd(): Promise<void> {}
  async onLiveChange(): Promise<() => void> {
    return () => {};
  }
}

/**
 * `fake` as the `Backend` a screen gets: its own methods answer, and every
 * other command throws, naming itself, when a screen calls it.
 */
export function backendFrom(fake: FakeBackend): Backend {
  return new Proxy(fake, {
    get(target, name, receiver) {
      if (typeof name !== "string" || name in target) return Reflect.get(target, name, receiver);
      return () => {
        throw new Error(`fake backend: ${name} was not set up in this test`);
      };
    },
  }) as unknown as Backend;
}
