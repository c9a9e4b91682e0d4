// The edtf package ships no types; this covers the part Parallax uses.
declare module "edtf" {
  export interface Bitmask {
    value: number;
  }
  export interface Base {
    min: number;
    max: number;
    edtf: string;
    toEDTF(): string;
  }
  /** Year, month or day precision (1, 2, 3); 0 for a date and time. */
  export interface ExtDate extends Base {
    type: "Date";
    precision: number;
    /** [year, month (0-based), day]; X digits read as 0. */
    values: number[];
    approximate: Bitmask;
    uncertain: Bitmask;
    unspecified: Bitmask;
  }
  export interface Season extends Base {
    type: "Season";
    /** [year, division code 21–41] */
    values: [number, number];
    approximate: Bitmask;
    uncertain: Bitmask;
    unspecified: Bitmask;
  }
  export interface Decade extends Base {
    type: "Decade" | "Century";
    values: [number];
    approximate: boolean;
    uncertain: boolean;
  }
  export interface Year extends Base {
    type: "Year";
    values: [number];
    significant?: number;
  }
  export interface Interval extends Base {
    type: "Interval";
    /** A date or season; Infinity for an open end (`..`), null for an unknown one. */
    lower: ExtDate | Season | number | null;
    upper: ExtDate | Season | number | null;
  }
  export interface List extends Base {
    type: "List" | "Set";
    /** Single dates, or [from, to] for a `from..to` range. */
    values: (ExtDate | [ExtDate, ExtDate])[];
    earlier: boolean;
    later: boolean;
  }
  export type EdtfObject = ExtDate | Season | Decade | Year | Interval | List;
  export interface Options {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }
  type Edtf = (input: string, options?: Options) => EdtfObject;
  const edtf: Edtf;
  export default edtf;
}
