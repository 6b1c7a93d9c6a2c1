export default function ReservationsScreen() {
  return <h1>Reservations</h1>;
}
