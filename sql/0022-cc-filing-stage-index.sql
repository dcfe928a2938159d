-- The applications of one stage across batches (the 数字化改造备案 that chose a 服务商's product, products.cgi):
-- an index on the stage, so that a stage's few applications are found without reading every application.
ALTER TABLE applications ADD KEY applications_by_stage (stage);
