export default function UnitsScreen() {
  return <h1>Units</h1>;
}
