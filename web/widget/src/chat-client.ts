/** The guest chat API for one lodging: a session kept in localStorage, REST to write, a WebSocket to hear. */
export interface ChatLine {
  id: string;
  author: "guest" | "assistant" | "staff";
  text: string;
}

interface Session {
  sessionId: string;
  token: string;
}

/** The chat asked the visitor to slow down (429): the widget says so kindly instead of "try again". */
export class ChatBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("chat answered 429");
  }
}

/** A receipt the chat refused: nothing waits for one (409), too large (413) or not an image/PDF (415). */
export class ReceiptRefusedError extends Error {
  constructor(readonly status: 409 | 413 | 415) {
    super(`chat refused the receipt (${status})`);
  }
}

/** Throws for an answer that is not ok; a 429 becomes a ChatBusyError carrying Retry-After. */
function assertOk(response: Response): void {
  if (response.status === 429) throw new ChatBusyError(Number(response.headers.get("retry-after")) || 60);
  if (!response.ok) throw new Error(`chat answered ${response.status}`);
}

export class ChatClient {
  private session: Session | null;
  private socket: WebSocket | null = null;
  private retry = 0;
  private readonly storageKey: string;

  constructor(
    private readonly base: string,
    private readonly tenantSlug: string,
    private readonly lang: string,
    private readonly onLine: (line: ChatLine) => void,
    private readonly onConnection: (open: boolean) => void,
  ) {
    this.storageKey = `posada-chat:${tenantSlug}`;
    const saved = localStorage.getItem(this.storageKey);
    this.session = saved ? (JSON.parse(saved) as Session) : null;
  }

  get live(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Restores an earlier conversation (after a reload) and starts listening. */
  async resume(): Promise<void> {
    if (!this.session) return;
    if (await this.readThread()) this.listen();
  }

  /**
   * Sends the guest's text. Its replies come in the answer and, when the socket is open, over the
   * socket too, under the same ids: the widget shows each id once. Taking the answer's replies
   * always matters on a first message, whose socket may open after its reply was pushed to none.
   */
  async send(text: string): Promise<void> {
    const session = await this.ensureSession();
    const response = await fetch(this.url(`/sessions/${session.sessionId}/messages`), {
      method: "POST",
      headers: { ...this.auth(), "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    assertOk(response);
    await this.showReplies(response);
  }

  /** Sends a transfer receipt (the file itself, its type as Content-Type); the replies come as for a message. */
  async sendReceipt(file: File): Promise<void> {
    const session = await this.ensureSession();
    const response = await fetch(this.url(`/sessions/${session.sessionId}/receipts`), {
      method: "POST",
      headers: { ...this.auth(), "content-type": file.type || "application/octet-stream" },
      body: file,
    });
    if (response.status === 409 || response.status === 413 || response.status === 415) throw new ReceiptRefusedError(response.status);
    assertOk(response);
    await this.showReplies(response);
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }

  private async ensureSession(): Promise<Session> {
    if (this.session) return this.session;
    const response = await fetch(this.url("/sessions"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lang: this.lang }) });
    assertOk(response);
    this.session = (await response.json()) as Session;
    localStorage.setItem(this.storageKey, JSON.stringify(this.session));
    this.listen();
    return this.session;
  }

  private listen(): void {
    if (!this.session || this.socket) return;
    const url = new URL(this.url(`/sessions/${this.session.sessionId}/ws`));
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("token", this.session.token);
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      // Back after a drop: what was said while the socket was down is only in the thread.
      if (this.retry > 0) void this.readThread();
      this.retry = 0;
      this.onConnection(true);
    };
    socket.onmessage = (event) => {
      const payload = JSON.parse(String(event.data)) as { type?: string; message?: ChatLine };
      if (payload.type === "message" && payload.message) this.onLine(payload.message);
    };
    socket.onclose = () => {
      this.socket = null;
      this.onConnection(false);
      this.retry += 1;
      setTimeout(() => this.listen(), Math.min(30_000, 1000 * 2 ** this.retry));
    };
  }

  private async showReplies(response: Response): Promise<void> {
    const { replies } = (await response.json()) as { replies: ChatLine[] };
    for (const reply of replies) this.onLine(reply);
  }

  /** The thread so far, handed line by line to the widget; false when the session is no longer valid. */
  private async readThread(): Promise<boolean> {
    if (!this.session) return false;
    const response = await fetch(this.url(`/sessions/${this.session.sessionId}/messages`), { headers: this.auth() });
    if (response.status === 401) {
      this.forget();
      return false;
    }
    if (response.ok) for (const line of ((await response.json()) as { data: ChatLine[] }).data) this.onLine(line);
    return true;
  }

  private forget(): void {
    localStorage.removeItem(this.storageKey);
    this.session = null;
  }

  private auth(): Record<string, string> {
    return this.session ? { authorization: `Bearer ${this.session.token}` } : {};
  }

  private url(path: string): string {
    return `${this.base}/chat/${encodeURIComponent(this.tenantSlug)}${path}`;
  }
}
