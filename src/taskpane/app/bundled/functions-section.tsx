/**
 * 関数 as its tab loads it (chunk pane-functions): the catalog section with the bundled function catalogue unless the
 * pane was given its own, so the catalogue's code and texts stay out of the pane's first chunks.
 */
import { FUNCTION_CATALOG } from "../../../core/functions/catalog";
import type { FunctionInfo } from "../../../core/functions/types";
import { FunctionCatalog, type FunctionCatalogProps } from "../../components/FunctionCatalog";

type BundledCatalogProps = Omit<FunctionCatalogProps, "catalog"> & {
  readonly catalog: readonly FunctionInfo[] | undefined;
};

export default function BundledFunctionCatalog({ catalog, ...props }: BundledCatalogProps) {
  return <FunctionCatalog catalog={catalog ?? FUNCTION_CATALOG} {...props} />;
}
