export default function ConversationsScreen() {
  return <h1>Conversations</h1>;
}
