export default function ChannelsScreen() {
  return <h1>Channels</h1>;
}
