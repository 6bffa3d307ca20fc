export function App() {
  return (
    <main>
      <button type="button">Start</button>
    </main>
  );
}
