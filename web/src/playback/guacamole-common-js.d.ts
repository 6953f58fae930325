/** The parts of guacamole-common-js (which ships no types) the Guacamole player uses. */
declare module 'guacamole-common-js' {
  namespace Guacamole {
    class Display {
      getElement(): HTMLDivElement;
      getWidth(): number;
      getHeight(): number;
      scale(scale: number): void;
      flatten(): HTMLCanvasElement;
      flush(callback?: () => void): void;
      onresize: ((width: number, height: number) => void) | null;
    }

    class Tunnel {
      /** Set by SessionRecording when it is made on the tunnel: each instruction read. */
      oninstruction: ((opcode: string, args: string[]) => void) | null;
    }

    /** Reads a recording from a URL with fetch (cookies of this origin sent). */
    class StaticHTTPTunnel extends Tunnel {
      constructor(url: string, crossDomain?: boolean);
    }

    class SessionRecording {
      constructor(source: Blob | Tunnel);
      connect(): void;
      getDisplay(): Display;
      getDuration(): number;
      getPosition(): number;
      isPlaying(): boolean;
      play(): void;
      pause(): void;
      seek(position: number, callback?: () => void): void;
      abort(): void;
      disconnect(): void;
      onload: (() => void) | null;
      onerror: ((message: string) => void) | null;
      onprogress: ((duration: number, parsedSize: number) => void) | null;
      onplay: (() => void) | null;
      onpause: (() => void) | null;
      onseek: ((position: number, current: number, total: number) => void) | null;
    }
  }
  export default Guacamole;
}
