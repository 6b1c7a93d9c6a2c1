import type { ClientComposition, Composition, PartnerComposition, RoomItem, RoomState, Viewer } from "./model";

/**
 * Who sees what, in one place: every frame a socket receives and every REST answer about a room
 * passes through this function for its viewer. The operator sees everything. A partner sees the
 * request (without the group's contact), its own offers and lines, the messages meant for it and
 * the status, and never another partner, their prices nor the markup. The client sees the request,
 * the status and the package once sent, with the markup in and no cost; a partner's name only when
 * the operator revealed it, and the deposit they paid and what was given back of it.
 */
export function visibleTo(viewer: Viewer, item: RoomItem): RoomItem | null {
  if (viewer.role === "operator") return item;
  switch (item.kind) {
    case "status":
      return item;
    case "request": {
      if (viewer.role === "client") return item;
      const { contact: _contact, ...withoutContact } = item.request as RoomState["request"];
      return { kind: "request", request: withoutContact };
    }
    case "partner":
      return viewer.role === "partner" && item.partner.id === viewer.partnerId ? item : null;
    case "offer":
      return viewer.role === "partner" && item.offer.partnerId === viewer.partnerId ? item : null;
    case "message": {
      if (viewer.role !== "partner") return null;
      const { from, to } = item.message;
      const mine = from.kind === "partner" ? from.partnerId === viewer.partnerId : to === null || to === viewer.partnerId;
      return mine ? item : null;
    }
    case "composition": {
      const composition = item.composition as Composition;
      if (!("markup" in composition)) return null;
      if (viewer.role === "partner") {
        const partnerView: PartnerComposition = {
          view: "partner",
          nights: composition.nights,
          lines: composition.lines
            .filter((line) => line.partnerId === viewer.partnerId)
            .map(({ offerId, lineIndex, roomType, count, nightlyCost, cost }) => ({ offerId, lineIndex, roomType, count, nightlyCost, cost })),
        };
        return { kind: "composition", composition: partnerView };
      }
      if (!composition.sent) return null;
      const clientView: ClientComposition = { view: "client", clientPackage: composition.clientPackage };
      return { kind: "composition", composition: clientView };
    }
    case "payment":
    case "refund":
      return viewer.role === "client" ? item : null;
    case "booking":
      return null;
  }
}

/** The room as one viewer may see it: the same items the events carry, through the same filter. */
export function snapshotFor(viewer: Viewer, state: RoomState, seq: number) {
  const pick = <K extends RoomItem["kind"]>(item: Extract<RoomItem, { kind: K }>) => visibleTo(viewer, item) as Extract<RoomItem, { kind: K }> | null;
  const present = <T>(values: Array<T | null>) => values.filter((value): value is T => value !== null);
  return {
    id: state.id,
    seq,
    status: state.status,
    request: pick({ kind: "request", request: state.request })?.request ?? null,
    partners: present(state.partners.map((partner) => pick({ kind: "partner", partner })?.partner ?? null)),
    offers: present(state.offers.map((offer) => pick({ kind: "offer", offer })?.offer ?? null)),
    messages: present(state.messages.map((message) => pick({ kind: "message", message })?.message ?? null)),
    composition: state.composition ? (pick({ kind: "composition", composition: state.composition })?.composition ?? null) : null,
    payments: present(state.payments.map((payment) => pick({ kind: "payment", payment })?.payment ?? null)),
    refunds: present((state.refunds ?? []).map((refund) => pick({ kind: "refund", refund })?.refund ?? null)),
    booking: state.booking ? (pick({ kind: "booking", outcome: state.booking })?.outcome ?? null) : null,
    ...(viewer.role === "operator" ? { tenantId: state.tenantId } : {}),
    lodging: state.tenantName,
  };
}
export type RoomSnapshot = ReturnType<typeof snapshotFor>;
