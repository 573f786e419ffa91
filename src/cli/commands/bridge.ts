/**
 * `tally-handoff bridge [options]`: the loopback bridge between the task pane and Tally, run by
 * runBridgeCli (src/adapters/bridge/main.ts) with this command line's streams and Ctrl+C.
 */
import { runBridgeCli } from "../../adapters/bridge/main";
import { thisBridgeCommand } from "../../adapters/bridge/startup";
import { untilInterrupted, type Command, type ExitCode } from "../cli-io";

const USAGE = `Usage: tally-handoff bridge [--pair TOKEN] [--port N] [--tally URL] [options]

Runs the bridge that lets the Excel task pane reach TallyPrime on this computer, until Ctrl+C.
'tally-handoff bridge --help' lists every option.`;

async function devCertificate(): Promise<{ key: string | Buffer; cert: string | Buffer }> {
  const certs = await import("office-addin-dev-certs");
  const { key, cert } = await certs.getHttpsServerOptions();
  return { key, cert };
}

export const bridgeCommand: Command = {
  name: "bridge",
  summary: "run the bridge between the Excel task pane and TallyPrime",
  usage: USAGE,
  run: (argv, io) =>
    untilInterrupted(io, async (stopped) => {
      // Developers keep the dev-server certificate; the Startup file runs this same command again.
      const startupCommand = [...thisBridgeCommand(process.execPath, process.argv[1], false), "bridge"];
      const env = io.env;
      return (await runBridgeCli(argv, { out: io.out, err: io.err, env, stopped, loadHttps: devCertificate, startupCommand })) as ExitCode;
    }),
};
