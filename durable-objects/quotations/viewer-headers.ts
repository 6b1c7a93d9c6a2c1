/** Headers the Worker sets when it hands a socket to a room (after checking the ticket or naming the page a token was used on). */
export const ROOM_VIEWER_HEADER = "x-posada-room-viewer";
export const ROOM_TENANT_HEADER = "x-posada-room-tenant";
